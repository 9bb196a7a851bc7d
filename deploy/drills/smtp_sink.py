#!/usr/bin/env python3
"""A local SMTP sink for the digest drill: accepts every mail on 127.0.0.1:PORT and appends one line per recipient
(time, recipient, subject) to OUT. Python 3.11's smtpd; usage: smtp_sink.py PORT OUT"""
import asyncore, email, email.header, sys, time, warnings
warnings.simplefilter("ignore", DeprecationWarning)
import smtpd

port, out = int(sys.argv[1]), sys.argv[2]

class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        subject = str(email.header.make_header(email.header.decode_header(email.message_from_bytes(data).get("Subject", ""))))
        with open(out, "a") as f:
            for r in rcpttos:
                f.write(f"{time.time():.3f}\t{r}\t{subject}\n")

Sink(("127.0.0.1", port), None, decode_data=False)
asyncore.loop()
