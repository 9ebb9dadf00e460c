import { render } from 'preact';

render(<main><h1>Sharh options</h1></main>, document.getElementById('app')!);
