import { render } from 'preact';

render(<main><h1>Sharh</h1></main>, document.getElementById('app')!);
