import { render } from 'preact';

render(<p>TermLens</p>, document.getElementById('app')!);
