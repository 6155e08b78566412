// One read of a page's data at a time: a read asked for while one runs makes one more run after it (however many
// were asked), so an older answer never lands last and a burst of events costs two reads, not one each.

/** load(), which runs read() as above until stopped() (the page was left) says not to read again. */
export function oneAtATime(read, stopped) {
  let running = null;
  let again = false;
  return async function load() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await read();
      } while (again && !stopped());
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  };
}
