import { useLayoutEffect, useState } from 'preact/hooks';
import { INITIAL_DATA, type PopupConnection, type PopupData } from './connection';

/** The connection's data as it is now: `subscribe` hands it over at once. */
function currentData(connection: PopupConnection): PopupData {
  let current = INITIAL_DATA;
  connection.subscribe((data) => (current = data))();
  return current;
}

export function usePopupData(connection: PopupConnection): PopupData {
  // The first render shows the data already in (main.tsx waits a moment for it), not a loading state.
  const [data, setData] = useState<PopupData>(() => currentData(connection));
  // A layout effect runs as soon as the first render is committed; `useEffect` waits for the next frame
  // (up to 16 ms), and the data the first paint needs may be there already (first-read.ts).
  useLayoutEffect(() => connection.subscribe(setData), [connection]);
  return data;
}
