/**
 * A small React app using hero-elements as an integrator would: the React components from
 * `hero-elements/react`, a token function of the app's own, an event wired to app state and
 * properties set from app state. Built for React 19 and, with the same source, React 18.
 */
import { useCallback, useState, version } from 'react';
import { HeroMessageComposer, HeroPatientLookup, HeroProvider } from 'hero-elements/react';
import type { PatientSelectDetail } from 'hero-elements';

/** The app's own way to get a Hero token: its backend's token route, with the session cookie. */
async function getHeroToken(): Promise<string> {
  const response = await fetch('/api/hero-token', { credentials: 'include' });
  if (!response.ok) throw new Error(`The token route answered ${response.status}`);
  const { access_token } = (await response.json()) as { access_token: string };
  return access_token;
}

interface ChosenPatient {
  id: string;
  name: string;
}

const ALL_CHANNELS = 'sms email nhs_app hero';

export function App() {
  const [patient, setPatient] = useState<ChosenPatient>();
  const [channels, setChannels] = useState(ALL_CHANNELS);
  const [messagesSent, setMessagesSent] = useState(0);

  const handlePatientSelect = useCallback((event: CustomEvent<PatientSelectDetail>) => {
    const chosen = event.detail.patient;
    setPatient({ id: String(chosen.id), name: [chosen.first_name, chosen.last_name].filter(Boolean).join(' ') });
  }, []);

  return (
    <main>
      <h1>Hero Elements in React</h1>
      <p>
        React <span data-testid="react-version">{version}</span>
      </p>
      <HeroProvider tenantId="1001" tokenProvider={getHeroToken}>
        <section aria-labelledby="find">
          <h2 id="find">Find a patient</h2>
          <HeroPatientLookup onHeroPatientSelect={handlePatientSelect} />
        </section>
        <section aria-labelledby="chosen">
          <h2 id="chosen">Chosen patient</h2>
          <p role="status">{patient ? `Writing to ${patient.name}` : 'No patient chosen yet'}</p>
        </section>
        <section aria-labelledby="message">
          <h2 id="message">Message the patient</h2>
          <div role="group" aria-label="Channels offered">
            <button type="button" aria-pressed={channels === 'sms'} onClick={() => setChannels('sms')}>
              Text message only
            </button>
            <button type="button" aria-pressed={channels === ALL_CHANNELS} onClick={() => setChannels(ALL_CHANNELS)}>
              All channels
            </button>
          </div>
          <p>Messages sent: {messagesSent}</p>
          {patient ? (
            <HeroMessageComposer
              patientId={patient.id}
              channels={channels}
              onHeroMessageSend={() => setMessagesSent((count) => count + 1)}
            />
          ) : null}
        </section>
      </HeroProvider>
    </main>
  );
}
