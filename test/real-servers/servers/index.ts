// Every real server the suite drives, in the order the report lists them.
import type { RealServerDefinition } from '../real-server-case';
import { expressJwt } from './express-jwt';
import { forwardProxy } from './forward-proxy';
import { oidcProvider } from './oidc-provider';
import { passportHttp } from './passport-http';

// Each definition's cases take its own kind of running server; methods are bivariant, so they list together.
export const REAL_SERVERS: readonly RealServerDefinition[] = [expressJwt, passportHttp, oidcProvider, forwardProxy];
