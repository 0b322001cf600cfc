import { useId, type ReactNode } from 'react';
import './slide-chart.css';

interface Props {
  /** What the chart shows, as on its page: "Projects per sector". */
  title: string;
  titleLang?: string;
  /** The drawing: it gets the height left under the title and must fill it (height 'fill'). */
  children: ReactNode;
}

/**
 * A chart on a slide: its title, then the drawing in the rest of the box. No table toggle or
 * downloads (they are for a desk); the chart's description is its image's label, and its
 * sources are the slide's.
 */
export function SlideChart({ title, titleLang, children }: Props) {
  const titleId = useId();
  return (
    <figure className="slide-chart" aria-labelledby={titleId}>
      <h2 className="slide-chart__title" id={titleId} lang={titleLang}>
        {title}
      </h2>
      <div className="slide-chart__body">{children}</div>
    </figure>
  );
}
