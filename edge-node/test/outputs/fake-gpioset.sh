#!/bin/bash
# Stands in for libgpiod's gpioset: logs every call to $FAKE_GPIOSET_LOG; holds the line
# (until SIGTERM/SIGINT) when gpioset would; line 99 is "busy".
log="${FAKE_GPIOSET_LOG:?}"
if [ "$1" = "--version" ]; then echo "gpioset (libgpiod) v${FAKE_GPIOSET_VERSION:-2.1}"; exit 0; fi
case " $* " in *" 99="*) echo "gpioset: unable to request lines: Device or resource busy" >&2; exit 1 ;; esac
hold=1
case " $* " in *" --toggle 0 "*) hold=0 ;; esac
if [ "${FAKE_GPIOSET_VERSION:-2.1}" = "1.6.3" ]; then case " $* " in *" --mode=signal "*) hold=1 ;; *) hold=0 ;; esac; fi
if [ $hold = 0 ]; then echo "set $*" >> "$log"; exit 0; fi
echo "hold $$ $*" >> "$log"
trap 'echo "exit $$" >> "$log"; exit 0' TERM INT
while :; do sleep 0.05; done
