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
  onLeave: () => void;
}

/**
 * The top of a slide: its title, the filters on screen in words (so the room knows what it is
 * looking at), where we are in the deck, and every key also as a visible button.
 */
export function PresenterBar(props: Props) {
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
          Slide {number} of {count}
        </p>
        <progress
          className="presenter__progress"
          max={count}
          value={number}
          aria-label={`Deck progress: slide ${number} of ${count}`}
        />
      </div>
      <nav className="presenter__controls" aria-label="Presenter controls">
        <button type="button" onClick={props.onPrevious} disabled={number <= 1}>
          Previous <kbd>←</kbd>
        </button>
        <button type="button" onClick={props.onNext} disabled={number >= count}>
          Next <kbd>→</kbd>
        </button>
        <button type="button" onClick={props.onFullscreen}>
          {props.fullscreen ? 'Exit full screen' : 'Full screen'} <kbd>F</kbd>
        </button>
        <button type="button" onClick={props.onSpeaker}>
          Speaker window <kbd>S</kbd>
        </button>
        <button type="button" onClick={props.onLeave}>
          Leave <kbd>Esc</kbd>
        </button>
      </nav>
    </header>
  );
}

function SlideFilters({ viewPath, search }: { viewPath: string; search: string }) {
  const words = useFilterWords(viewPath, search);
  if (words.length === 0)
    return <p className="presenter__filters">No filters: everything in the pack</p>;
  return (
    <ul className="presenter__filters" aria-label="Filters on this slide">
      {words.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
