import { useEffect, useState } from 'react';
import { useT } from '@/i18n/use-t';

/** Copies text with the Clipboard API, else with a hidden text field (older or locked-down browsers). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    try {
      // Deprecated but still the only way where the Clipboard API is refused.
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}

/** "Copy link": the full address of the view as shown, filters and settings included. */
export function CopyLink() {
  const { t } = useT();
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  const copy = async () => {
    const href = window.location.href;
    setMessage(
      (await copyText(href)) ? t('app.tools.copied') : t('app.tools.copyThis', { url: href }),
    );
  };
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => void copy()}>
        {t('app.tools.copyLink')}
      </button>
      <span className="view-tools__status" role="status">
        {message}
      </span>
    </>
  );
}
