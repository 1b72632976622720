// The popup's first script, small and async (index.html): it starts the browser reads the first paint
// waits for (first-read.ts) as soon as it arrives, so their round trips overlap the loading of the
// popup's main script. vite.config.ts builds it on its own, a classic script.
import { parkFirstRead } from './first-read';

parkFirstRead(location.search);
