export default async function globalTeardown() {
  await globalThis.__wijkdealTestDatabase?.cleanup();
}
