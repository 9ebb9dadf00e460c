/** Options page composition root; the UI is components/options. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/options/Options';
import type { SiteBrowser } from '../../lib/popup/site';
import '../../components/popup/theme.css';
import '../../components/options/options.css';

render(<Options browser={browser as unknown as SiteBrowser} />, document.getElementById('app')!);
