// Fails fast, with a clear message, when a required environment variable is missing.
const missing = process.argv.slice(2).filter((name) => !process.env[name]);
if (missing.length) {
  console.error(
    `Falta la variable de entorno ${missing.join(', ')} (p. ej. TEST_DATABASE_URL=postgres://user:pass@127.0.0.1:5432/postgres).`,
  );
  process.exit(2);
}
