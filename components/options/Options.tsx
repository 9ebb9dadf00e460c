/**
 * The options page: which kinds to highlight and in which colour, the sites Sharh runs on (add with
 * a permission request, remove), on-device translation on/off, and reset to defaults. Every change
 * is saved at once (and the content scripts follow the settings item).
 */
import { useEffect, useState } from 'preact/hooks';
import { KINDS, type Kind } from '../../lib/analysis/types';
import { enabledExtraSites, getSettings, isDefaultSite, normaliseHost, resetSettings, siteChoice, setGlobalEnabled, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import { forgetSite, setSite, type SiteBrowser } from '../../lib/popup/site';
import { defaultKindColor, kindName } from '../../lib/popup/kind-color';
import { Switch } from '../popup/Switch';
import { findTranslator } from '../../lib/popup/translator';

/** Default sites shown in the list even when the user never touched them (the content script's declared host). */
const BUILT_IN_SITES = ['arabic.china.org.cn'];

export function Options({ browser }: { browser: SiteBrowser }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [newHost, setNewHost] = useState('');
  const [hostError, setHostError] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);

  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  if (!settings) return <p class="muted">Loading…</p>;

  const saved = (what: string) => (s: Settings | unknown) => {
    if (s && typeof s === 'object' && 'enabled' in s) setSettings(s as Settings);
    setStatus(`${what} Saved.`);
  };

  const setKind = (kind: Kind, on: boolean) => void updateSettings((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } })).then(saved(`${kindName(kind)} highlighting ${on ? 'on' : 'off'}.`));
  const setColor = (kind: Kind, color: string | null) =>
    void updateSettings((s) => {
      const colors = { ...s.colors };
      if (color) colors[kind] = color;
      else delete colors[kind];
      return { ...s, colors };
    }).then(saved(`${kindName(kind)} colour ${color ? 'changed' : 'back to default'}.`));

  const addSite = (e: Event) => {
    e.preventDefault();
    // Read the field itself: the last keystroke's state update may not have rendered yet.
    const field = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('#new-host');
    const raw = (field?.value ?? newHost).trim().replace(/^[a-z]+:\/\//i, '').replace(/[/?#].*$/, '');
    const host = normaliseHost(raw);
    if (!host) {
      setHostError('Enter a host name such as news.example.com.');
      return;
    }
    setHostError('');
    // The permission request happens inside this submit handler (user gesture).
    void setSite(browser, host, true).then((r) => {
      if (r.ok) {
        setNewHost('');
        setStatus(`Sharh is on for ${host}. Saved.`);
      } else setHostError(r.error === 'denied' ? `Permission for ${host} was not granted.` : 'Enter a host name such as news.example.com.');
    });
  };

  const sites = [...new Set([...BUILT_IN_SITES, ...Object.keys(settings.sites)])].sort();

  const reset = async () => {
    if (!confirmReset) {
      setConfirmReset(true);
      return;
    }
    setConfirmReset(false);
    const before = enabledExtraSites(settings);
    await resetSettings();
    // Extra sites lose their content script; their permissions are given back.
    for (const host of before) await forgetSite(browser, host);
    setSettings(await getSettings());
    setStatus('All settings are back to their defaults.');
  };

  return (
    <main class="options">
      <h1>Sharh options</h1>

      <section aria-labelledby="general-h">
        <h2 id="general-h">General</h2>
        <div class="row">
          <Switch label="Sharh on" detail="Highlight names and numbers on enabled sites" checked={settings.enabled} onChange={(on) => void setGlobalEnabled(on).then(saved(`Sharh ${on ? 'on' : 'off'}.`))} />
        </div>
        <div class="row">
          <Switch
            label="On-device translation"
            detail={
              findTranslator()
                ? "Translate the key sentences with the browser's own translator"
                : 'This browser has no on-device translator (Firefox, older Chrome): the popup shows the English brief composed from the facts'
            }
            checked={settings.translation}
            onChange={(on) => void updateSettings((s) => ({ ...s, translation: on })).then(saved(`Translation ${on ? 'on' : 'off'}.`))}
          />
        </div>
      </section>

      <section aria-labelledby="kinds-h">
        <h2 id="kinds-h">What to highlight</h2>
        <table class="kinds">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Highlight</th>
              <th scope="col">Colour</th>
            </tr>
          </thead>
          <tbody>
            {KINDS.map((k) => {
              const custom = settings.colors[k];
              return (
                <tr key={k}>
                  <th scope="row">
                    <span class="swatch" style={{ background: custom ?? defaultKindColor(k) }} aria-hidden="true" />
                    {kindName(k)}
                  </th>
                  <td>
                    <input type="checkbox" id={`kind-${k}`} aria-label={`Highlight ${kindName(k)}`} checked={settings.kinds[k]} onChange={(e) => setKind(k, e.currentTarget.checked)} />
                  </td>
                  <td>
                    <div class="color-cell">
                      <input type="color" aria-label={`${kindName(k)} colour`} value={custom ?? defaultKindColor(k)} onChange={(e) => setColor(k, e.currentTarget.value)} />
                      {custom && (
                        <button type="button" class="link" onClick={() => setColor(k, null)} aria-label={`Default colour for ${kindName(k)}`}>
                          Default
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites</h2>
        <p class="muted">Sharh runs on the Arabic service of china.org.cn by default. Add other news sites here; the browser asks you to allow each one.</p>
        <ul class="sites">
          {sites.map((host) => {
            const on = siteChoice(settings, host);
            return (
              <li key={host}>
                <Switch label={host} detail={isDefaultSite(host) ? 'built in' : undefined} checked={on} onChange={(v) => void setSite(browser, host, v).then(() => setStatus(`Sharh ${v ? 'on' : 'off'} for ${host}. Saved.`))} />
                {!isDefaultSite(host) && (
                  <button type="button" onClick={() => void forgetSite(browser, host).then(() => setStatus(`${host} removed. Saved.`))} aria-label={`Remove ${host}`}>
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <form class="add-site" onSubmit={addSite}>
          <label for="new-host">Add a site</label>
          <input
            id="new-host"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="news.example.com"
            value={newHost}
            aria-invalid={hostError ? 'true' : undefined}
            aria-describedby={hostError ? 'host-error' : undefined}
            onInput={(e) => setNewHost(e.currentTarget.value)}
          />
          <button type="submit" class="primary">Add</button>
          {hostError && (
            <p id="host-error" class="error" role="alert">
              {hostError}
            </p>
          )}
        </form>
      </section>

      <section aria-labelledby="reset-h">
        <h2 id="reset-h">Reset</h2>
        <div class="row">
          <button type="button" class={confirmReset ? 'danger' : undefined} onClick={() => void reset()}>
            {confirmReset ? 'Click again to reset everything' : 'Reset to defaults'}
          </button>
          {confirmReset && (
            <button type="button" onClick={() => setConfirmReset(false)}>
              Keep my settings
            </button>
          )}
        </div>
      </section>

      <p class="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
