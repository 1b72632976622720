import { useEffect, useState } from 'preact/hooks';
import { INITIAL_DATA, type PopupConnection, type PopupData } from './connection';

export function usePopupData(connection: PopupConnection): PopupData {
  const [data, setData] = useState<PopupData>(INITIAL_DATA);
  useEffect(() => connection.subscribe(setData), [connection]);
  return data;
}
