// The command line reaches the database only through here: connection, migrations, and the pool closed after.
export { withCliDatabase } from '../db/connect-cli';
