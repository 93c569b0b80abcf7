/**
 * My path (employee), as the navigation shows it: the employee's own view opens through "Open as employee",
 * which locks the app to one person (leaving needs the planner's passphrase). Outside that mode this screen
 * says so and offers the door; it never lists the whole workforce.
 */
import { useTranslation } from 'react-i18next';
import { OpenAsEmployeeButton } from '../employee-mode/OpenAsEmployee';
import '../paths/reskill.css';
import './my-path.css';

export function MyPathScreen() {
  const { t } = useTranslation();
  return (
    <div className="screen" data-testid="screen-my-path">
      <header className="screen__header">
        <h1 className="screen__title">{t('myPath.title')}</h1>
        <p className="screen__lead">{t('myPath.lead')}</p>
      </header>
      <section className="panel" aria-labelledby="mypath-door" data-testid="mypath-door">
        <h2 className="panel__title" id="mypath-door">
          {t('myPath.door.heading')}
        </h2>
        <p className="panel__note">{t('myPath.door.body')}</p>
        <OpenAsEmployeeButton className="button button--primary" testId="mypath-open-as-employee" />
      </section>
    </div>
  );
}
