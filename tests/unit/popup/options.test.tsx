// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { until } from './until';
import { Options } from '../../../components/options/Options';
import type { SiteBrowser } from '../../../lib/popup/site';
import { ok } from '../../../lib/messaging';
import { DEFAULT_SETTINGS, getSettings, setSiteEnabled } from '../../../lib/settings';

function mount() {
  const browser: SiteBrowser = {
    permissions: { request: vi.fn(async () => true), remove: vi.fn(async () => true) },
    runtime: { sendMessage: vi.fn(async () => ok(true)) },
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(<Options browser={browser} />, root);
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const byLabel = (label: string) => root.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
  const switchNamed = (name: RegExp) => [...root.querySelectorAll<HTMLInputElement>('input[role=switch]')].find((x) => name.test(x.closest('label')!.textContent!))!;
  const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? '') || name.test(b.getAttribute('aria-label') ?? ''))!;
  return { root, browser, q, byLabel, switchNamed, button };
}

const change = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

describe('options page', () => {
  it('kind toggles and colours persist', async () => {
    const o = mount();
    await until(() => expect(o.byLabel('Highlight Money')).toBeTruthy());
    o.byLabel('Highlight Money').click();
    await until(async () => expect((await getSettings()).kinds.money).toBe(false));
    change(o.byLabel('Person colour'), '#123456');
    await until(async () => expect((await getSettings()).colors.person).toBe('#123456'));
    await until(() => expect(o.button(/Default colour for Person/)).toBeTruthy());
    o.button(/Default colour for Person/).click();
    await until(async () => expect((await getSettings()).colors.person).toBeUndefined());
    // Default swatch is the highlighter's built-in colour.
    expect(o.byLabel('Person colour').value).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('translation and the global switch persist', async () => {
    const o = mount();
    await until(() => expect(o.switchNamed(/On-device translation/)).toBeTruthy());
    o.switchNamed(/On-device translation/).click();
    await until(async () => expect((await getSettings()).translation).toBe(false));
    o.switchNamed(/Sharh on/).click();
    await until(async () => expect((await getSettings()).enabled).toBe(false));
  });

  it('adds a site after the permission request, tells the background, removes it again', async () => {
    const o = mount();
    await until(() => expect(o.q('#new-host')).toBeTruthy());
    change(o.q<HTMLInputElement>('#new-host')!, 'https://www.Example.com/news');
    o.q<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(o.browser.permissions.request).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://www.example.com/*'] });
    await until(async () => expect((await getSettings()).sites['example.com']).toBe(true));
    expect(o.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sharh/site-changed', data: { host: 'example.com', enabled: true } });
    await until(() => expect(o.root.textContent).toContain('example.com'));
    o.button(/Remove example.com/).click();
    await until(async () => expect((await getSettings()).sites['example.com']).toBeUndefined());
    await until(() => expect(o.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sharh/site-changed', data: { host: 'example.com', enabled: false } }));
    await until(() => expect(o.browser.permissions.remove).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://www.example.com/*'] }));
  });

  it('rejects a bad host without asking for anything', async () => {
    const o = mount();
    await until(() => expect(o.q('#new-host')).toBeTruthy());
    change(o.q<HTMLInputElement>('#new-host')!, 'not a host!');
    o.q<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect(o.q('[role=alert]')!.textContent).toContain('Enter a host name'));
    expect(o.browser.permissions.request).not.toHaveBeenCalled();
  });

  it('the built-in site can be switched off and on without a permission request', async () => {
    const o = mount();
    await until(() => expect(o.switchNamed(/arabic\.china\.org\.cn/)).toBeTruthy());
    expect(o.switchNamed(/arabic\.china\.org\.cn/).checked).toBe(true);
    o.switchNamed(/arabic\.china\.org\.cn/).click();
    await until(async () => expect((await getSettings()).sites['arabic.china.org.cn']).toBe(false));
    expect(o.browser.permissions.request).not.toHaveBeenCalled();
  });

  it('reset asks for a second click, then restores the defaults and releases extra sites', async () => {
    await setSiteEnabled('example.com', true);
    const o = mount();
    await until(() => expect(o.byLabel('Highlight Date')).toBeTruthy());
    o.byLabel('Highlight Date').click();
    await until(async () => expect((await getSettings()).kinds.date).toBe(false));
    o.button(/Reset to defaults/).click();
    await until(() => expect(o.button(/Click again/)).toBeTruthy());
    expect((await getSettings()).kinds.date).toBe(false);
    o.button(/Click again/).click();
    await until(async () => expect(await getSettings()).toEqual(DEFAULT_SETTINGS));
    await until(() => expect(o.byLabel('Highlight Date').checked).toBe(true));
    await until(() => expect(o.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sharh/site-changed', data: { host: 'example.com', enabled: false } }));
  });
});
