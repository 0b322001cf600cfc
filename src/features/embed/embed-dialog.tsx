import { useEffect, useId, useRef, useState } from 'react';
import { afterTexts } from '@/i18n/after-texts';
import type { MessageId } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';
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

const HIDE_LABELS: Record<HidePart, MessageId> = {
  header: 'embed.hide.header',
  controls: 'embed.hide.controls',
  footer: 'embed.hide.footer',
};
const THEME_LABELS: Record<EmbedTheme, MessageId> = {
  auto: 'embed.theme.auto',
  light: 'embed.theme.light',
  dark: 'embed.theme.dark',
};

interface Props {
  viewPath: string;
  viewSearch: string;
  /** The view's title when the dialog opens, for the iframe's title. */
  viewTitle: () => string;
}

/**
 * "Embed this view": a native modal dialog (the browser traps focus and closes it on Esc) that
 * builds the iframe snippet for the current view and state, previews it live and copies it. It
 * shows beside every view, whose route loads its own texts: it waits for the embed texts
 * (Suspense) rather than show ids, and shows what is at hand if they cannot be loaded.
 */
export const EmbedButton = afterTexts('embed', Embed);

function Embed({ viewPath, viewSearch, viewTitle }: Props) {
  const { t } = useT();
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
        {t('embed.button')}
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
  const { t } = useT();
  const [copied, setCopied] = useState<MessageId | null>(null);
  const snippetBox = useRef<HTMLTextAreaElement>(null);
  const ids = { theme: useId(), lang: useId(), snippet: useId() };
  const src = embedUrl(window.location.href, props.viewPath, props.viewSearch, options);
  const snippet = embedSnippet(src, props.title, hostScriptUrl(window.location.href));
  const change = (next: Partial<EmbedOptions>) => {
    setOptions((o) => ({ ...o, ...next }));
    setCopied(null);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('embed.copied');
    } catch {
      // No clipboard access (an old browser, an insecure page): select it for Ctrl+C instead.
      snippetBox.current?.focus();
      snippetBox.current?.select();
      setCopied('embed.copyBySelection');
    }
  };

  return (
    <div className="embed-dialog__body">
      <div className="embed-dialog__head">
        <h2 id={props.headingId}>{t('embed.heading', { title: props.title })}</h2>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {t('embed.close')}
          <span className="visually-hidden"> {t('embed.closeRest')}</span>
        </button>
      </div>
      <p>{t('embed.intro')}</p>
      <div className="embed-dialog__options">
        <fieldset>
          <legend>{t('embed.hide.legend')}</legend>
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
              {t(HIDE_LABELS[part])}
            </label>
          ))}
        </fieldset>
        <div className="embed-dialog__field">
          <label htmlFor={ids.theme}>{t('embed.theme.label')}</label>
          <select
            id={ids.theme}
            value={options.theme}
            onChange={(e) => change({ theme: e.target.value as EmbedTheme })}
          >
            {EMBED_THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(THEME_LABELS[theme])}
              </option>
            ))}
          </select>
        </div>
        <div className="embed-dialog__field">
          <label htmlFor={ids.lang}>{t('embed.language')}</label>
          <select
            id={ids.lang}
            value={options.lang}
            onChange={(e) => change({ lang: e.target.value })}
          >
            {EMBED_LANGUAGES.map((lang) => (
              <option key={lang.id} value={lang.id} lang={lang.htmlLang}>
                {lang.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={ids.snippet} className="embed-dialog__label">
        {t('embed.snippet')}
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
          {t('embed.copy')}
        </button>
        <p role="status" className="embed-dialog__status">
          {copied && t(copied)}
        </p>
      </div>
      <h3>{t('embed.preview.heading')}</h3>
      <EmbedPreview src={src} title={props.title} />
    </div>
  );
}
