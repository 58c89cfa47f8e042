/* The few parts of oidc-provider (which ships no types) the test identity provider uses. */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface GrantLike { addOIDCScope(scope: string): void; save(): Promise<string> }
  interface OidcContext { oidc: { client: { clientId: string }; session: { accountId: string }; provider: { Grant: new (init: { clientId: string; accountId: string }) => GrantLike } } }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
  export type { OidcContext };
}
