import { afterTexts } from '@/i18n/after-texts';
import { useT } from '@/i18n/use-t';
import { useFilterWords } from './use-filter-words';

interface Props {
  deckTitle: string;
  slideTitle: string;
  /** 1-based. */
  number: number;
  count: number;
  viewPath: string;
  search: string;
  fullscreen: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onFullscreen: () => void;
  onSpeaker: () => void;
  onSources: () => void;
  sourcesOpen: boolean;
  onLeave: () => void;
}

/** The presenter's routes do not load its texts (a slide loads its view's): the bar waits for them. */
export const PresenterBar = afterTexts('present', Bar);
export const PresenterControls = afterTexts('present', Controls);

/**
 * The top of a slide: its title, the filters on screen in words (so the room knows what it is
 * looking at) and where we are in the deck.
 */
function Bar(props: Props) {
  const { t } = useT();
  const { number, count } = props;
  return (
    <header className="presenter__bar">
      <div className="presenter__heading">
        <p className="presenter__deck">{props.deckTitle}</p>
        <h1 className="presenter__title">{props.slideTitle}</h1>
        <SlideFilters viewPath={props.viewPath} search={props.search} />
      </div>
      <div className="presenter__status">
        <p className="presenter__counter" aria-live="polite" aria-atomic="true">
          {t('present.controls.count', { n: number, count })}
        </p>
        <progress
          className="presenter__progress"
          max={count}
          value={number}
          aria-label={t('present.controls.progress', { n: number, count })}
        />
      </div>
    </header>
  );
}

/** Every key also as a visible button, in one line under the slide. */
function Controls(props: Props) {
  const { t } = useT();
  const { number, count } = props;
  return (
    <nav className="presenter__controls" aria-label={t('present.controls.label')}>
      <button type="button" onClick={props.onPrevious} disabled={number <= 1}>
        {t('present.controls.previous')} <kbd>←</kbd>
      </button>
      <button type="button" onClick={props.onNext} disabled={number >= count}>
        {t('present.controls.next')} <kbd>→</kbd>
      </button>
      <button type="button" onClick={props.onFullscreen}>
        {t(props.fullscreen ? 'present.controls.exitFullscreen' : 'present.controls.fullscreen')}{' '}
        <kbd>F</kbd>
      </button>
      <button type="button" onClick={props.onSpeaker}>
        {t('present.controls.speaker')} <kbd>S</kbd>
      </button>
      <button type="button" onClick={props.onSources} aria-pressed={props.sourcesOpen}>
        {t('present.controls.sources')} <kbd>I</kbd>
      </button>
      <button type="button" onClick={props.onLeave}>
        {t('present.controls.leave')} <kbd>Esc</kbd>
      </button>
    </nav>
  );
}

function SlideFilters({ viewPath, search }: { viewPath: string; search: string }) {
  const { t } = useT();
  const words = useFilterWords(viewPath, search);
  if (words.length === 0)
    return <p className="presenter__filters">{t('present.controls.noFilters')}</p>;
  return (
    <ul className="presenter__filters" aria-label={t('present.controls.filters')}>
      {words.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
