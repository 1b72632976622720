import { useLayoutEffect, useState } from 'preact/hooks';
import { INITIAL_DATA, type PopupConnection, type PopupData } from './connection';

export function usePopupData(connection: PopupConnection): PopupData {
  const [data, setData] = useState<PopupData>(INITIAL_DATA);
  // A layout effect runs as soon as the first render is committed; `useEffect` waits for the next frame
  // (up to 16 ms), and the data the first paint needs may be there already (first-read.ts).
  useLayoutEffect(() => connection.subscribe(setData), [connection]);
  return data;
}
