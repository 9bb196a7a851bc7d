#!/usr/bin/env python3
"""A local SMTP sink for the digest drill: accepts every mail on 127.0.0.1:PORT and appends one line per recipient
(time, recipient, subject) to OUT, and one line per SMTP session (time, client address:port) to OUT.sessions.
Python 3.11's smtpd; usage: smtp_sink.py PORT OUT"""
import asyncore, email, email.header, sys, time, warnings
warnings.simplefilter("ignore", DeprecationWarning)
import smtpd

port, out = int(sys.argv[1]), sys.argv[2]

class Sink(smtpd.SMTPServer):
    def handle_accepted(self, conn, addr):
        with open(out + ".sessions", "a") as f:
            f.write(f"{time.time():.3f}\t{addr[0]}:{addr[1]}\n")
        super().handle_accepted(conn, addr)

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        subject = str(email.header.make_header(email.header.decode_header(email.message_from_bytes(data).get("Subject", ""))))
        with open(out, "a") as f:
            for r in rcpttos:
                f.write(f"{time.time():.3f}\t{r}\t{subject}\n")

Sink(("127.0.0.1", port), None, decode_data=False)
asyncore.loop()
