// The resource types the rules tell apart, as one check for every observer that names them.
import { RESOURCE_TYPES, type ResourceType } from '../types';

const KNOWN: ReadonlySet<string> = new Set(RESOURCE_TYPES);

export function isResourceType(type: string): type is ResourceType {
  return KNOWN.has(type);
}
