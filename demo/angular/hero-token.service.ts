import { Injectable } from '@angular/core';

/** The app's own way to get a Hero token: its backend's token route, with the session cookie. */
@Injectable({ providedIn: 'root' })
export class HeroTokenService {
  /** For the elements' `tokenProvider` property (an arrow function: it is called unbound). */
  readonly getToken = async (): Promise<string> => {
    const response = await fetch('/api/hero-token', { credentials: 'include' });
    if (!response.ok) throw new Error(`The token route answered ${response.status}`);
    const { access_token } = (await response.json()) as { access_token: string };
    return access_token;
  };
}
