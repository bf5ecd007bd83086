import { render } from 'preact';
import '../../assets/pages.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
