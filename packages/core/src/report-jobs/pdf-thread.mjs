// The entry of a PDF thread (pdf-pool.ts). A thread inherits the server's TypeScript loader (tsx);
// one started from a test runner has none, and then registers tsx before loading the task.
const task = new URL('./pdf-task.ts', import.meta.url).href;

async function load() {
  try {
    return (await import(task)).default;
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  }
  const { register } = await import('tsx/esm/api');
  register();
  // Another URL: the module loader keeps the failed import of the first.
  return (await import(`${task}?tsx`)).default;
}

/** The task, or one that answers every document with why the thread could not load it (a thread that fails to start would leave its renders waiting forever). */
async function taskOrExcuse() {
  try {
    return await load();
  } catch (error) {
    const message = `the PDF renderer could not start (${error instanceof Error ? error.message : String(error)})`;
    return async () => ({ error: message });
  }
}

export default await taskOrExcuse();
