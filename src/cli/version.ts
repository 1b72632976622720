// Read at build time: vite inlines just this field of package.json into the bundle.
import { version } from '../../package.json';

export const VERSION: string = version;
