"""Writes numbered records through Python's logging the way a real service rotates its log, for checking
`loglens follow`: a RotatingFileHandler rotating every 2 MB, then a copytruncate (as logrotate does it),
then the file deleted and created again. Every record's message starts with seq=N; every 1000th is an ERROR
with a traceback. Usage: python3 rotating_writer.py DIR [RECORDS] [PER_SECOND]  (0 per second: unthrottled)
"""
import logging
import logging.handlers
import os
import shutil
import sys
import time

folder = sys.argv[1]
records = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
rate = float(sys.argv[3]) if len(sys.argv) > 3 else 20_000
path = os.path.join(folder, "app.log")
layout = logging.Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s")
log = logging.getLogger("trainer.loop")
log.setLevel(logging.DEBUG)
log.propagate = False


def use(handler):
    for old in list(log.handlers):
        old.close()
        log.removeHandler(old)
    handler.setFormatter(layout)
    log.addHandler(handler)


def write(first, last, started, at_each=None):
    for seq in range(first, last):
        if at_each:
            at_each(seq)
        if seq % 1000 == 999:
            try:
                raise ValueError(f"loss is NaN at step {seq}")
            except ValueError:
                log.exception("seq=%d step failed", seq)
        else:
            log.info("seq=%d epoch %d step %d loss=0.%04d", seq, seq // 5000, seq, seq % 10000)
        if rate and seq % 100 == 0:
            ahead = started + (seq - first) / rate - time.time()
            if ahead > 0:
                time.sleep(ahead)


def copytruncate(seq):
    if seq == truncate_at:
        shutil.copy(path, path + ".1")
        with open(path, "r+") as live:
            live.truncate(0)


start = time.time()
use(logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=50))
write(0, records, start)
use(logging.FileHandler(path, mode="a"))
truncate_at = records + records // 10
write(records, records + records // 5, time.time(), copytruncate)
log.handlers[0].close()
os.remove(path)
use(logging.FileHandler(path, mode="a"))
write(records + records // 5, records + records // 5 + records // 10, time.time())
log.handlers[0].close()
print(f"wrote {records + records // 5 + records // 10} records in {time.time() - start:.1f} s", file=sys.stderr)
