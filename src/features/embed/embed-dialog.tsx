import { useEffect, useId, useRef, useState } from 'react';
import {
  EMBED_LANGUAGES,
  EMBED_THEMES,
  HIDE_PARTS,
  parseEmbedOptions,
  type EmbedOptions,
  type EmbedTheme,
  type HidePart,
} from './embed-params';
import { EmbedPreview } from './embed-preview';
import { embedSnippet, embedUrl, hostScriptUrl } from './embed-snippet';
import './embed.css';

const HIDE_LABELS: Record<HidePart, string> = {
  header: 'Title',
  controls: 'Filters and controls',
  footer: 'Footer (source and “as of”)',
};
const THEME_LABELS: Record<EmbedTheme, string> = {
  auto: 'Follow the reader’s setting',
  light: 'Light',
  dark: 'Dark',
};

interface Props {
  viewPath: string;
  viewSearch: string;
  /** The view's title when the dialog opens, for the iframe's title. */
  viewTitle: () => string;
}

/**
 * "Embed this view": a native modal dialog (the browser traps focus and closes it on Esc) that
 * builds the iframe snippet for the current view and state, previews it live and copies it.
 */
export function EmbedButton({ viewPath, viewSearch, viewTitle }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const headingId = useId();
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-haspopup="dialog"
        onClick={() => {
          setTitle(viewTitle());
          setOpen(true);
        }}
      >
        Embed this view
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby={headingId}
        onClose={() => setOpen(false)}
      >
        {open && (
          <EmbedBuilder
            headingId={headingId}
            title={title}
            viewPath={viewPath}
            viewSearch={viewSearch}
            onClose={() => dialog.current?.close()}
          />
        )}
      </dialog>
    </>
  );
}

function EmbedBuilder(props: {
  headingId: string;
  title: string;
  viewPath: string;
  viewSearch: string;
  onClose: () => void;
}) {
  const [options, setOptions] = useState<EmbedOptions>(() => ({
    ...parseEmbedOptions(props.viewSearch),
    hide: [],
  }));
  const [copied, setCopied] = useState('');
  const snippetBox = useRef<HTMLTextAreaElement>(null);
  const ids = { theme: useId(), lang: useId(), snippet: useId() };
  const src = embedUrl(window.location.href, props.viewPath, props.viewSearch, options);
  const snippet = embedSnippet(src, props.title, hostScriptUrl(window.location.href));
  const change = (next: Partial<EmbedOptions>) => {
    setOptions((o) => ({ ...o, ...next }));
    setCopied('');
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('Copied');
    } catch {
      // No clipboard access (an old browser, an insecure page): select it for Ctrl+C instead.
      snippetBox.current?.focus();
      snippetBox.current?.select();
      setCopied('The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };

  return (
    <div className="embed-dialog__body">
      <div className="embed-dialog__head">
        <h2 id={props.headingId}>Embed “{props.title}”</h2>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          Close<span className="visually-hidden"> the embed dialog</span>
        </button>
      </div>
      <p>
        Paste this into any web page. The frame sizes itself to the view when the page also loads
        the script below, and keeps the filters chosen here.
      </p>
      <div className="embed-dialog__options">
        <fieldset>
          <legend>Hide</legend>
          {HIDE_PARTS.map((part) => (
            <label key={part} className="embed-dialog__check">
              <input
                type="checkbox"
                checked={options.hide.includes(part)}
                onChange={(e) =>
                  change({
                    hide: e.target.checked
                      ? [...options.hide, part]
                      : options.hide.filter((p) => p !== part),
                  })
                }
              />{' '}
              {HIDE_LABELS[part]}
            </label>
          ))}
        </fieldset>
        <div className="embed-dialog__field">
          <label htmlFor={ids.theme}>Theme</label>
          <select
            id={ids.theme}
            value={options.theme}
            onChange={(e) => change({ theme: e.target.value as EmbedTheme })}
          >
            {EMBED_THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {THEME_LABELS[theme]}
              </option>
            ))}
          </select>
        </div>
        <div className="embed-dialog__field">
          <label htmlFor={ids.lang}>Language</label>
          <select
            id={ids.lang}
            value={options.lang}
            onChange={(e) => change({ lang: e.target.value })}
          >
            {EMBED_LANGUAGES.map((lang) => (
              <option key={lang.id} value={lang.id} lang={lang.id}>
                {lang.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={ids.snippet} className="embed-dialog__label">
        Snippet
      </label>
      <textarea
        id={ids.snippet}
        ref={snippetBox}
        className="embed-dialog__snippet"
        readOnly
        rows={6}
        value={snippet}
      />
      <div className="embed-dialog__copy">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy snippet
        </button>
        <p role="status" className="embed-dialog__status">
          {copied}
        </p>
      </div>
      <h3>Live preview</h3>
      <EmbedPreview src={src} title={props.title} />
    </div>
  );
}
