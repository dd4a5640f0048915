#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A local SMTP sink for the mail tests (standard library only).

usage: smtpsink.py --dir DIR [--port N] [--auth USER:PASSWORD [--mechanisms "PLAIN LOGIN"]]
With --auth, mail is taken only after AUTH with that user and password. Listens on 127.0.0.1 (port 0: any free one) and prints "port N" once ready. Every message it
accepts is written to DIR as NNN.eml (the bytes as received, dot-stuffing undone) and NNN.json
(the envelope and the message read back by Python's email package: decoded subject, the text
part, the attachment's type and text), then "received NNN" is printed."""
import argparse
import asyncio
import base64
import email
import email.header
import email.policy
import json
import sys
from pathlib import Path


def summary(raw, mail_from, rcpt_to):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    text, attachments = "", []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_type() == "text/plain" and not part.get_filename():
            text = part.get_content()
        else:
            attachments.append({"type": part.get_content_type(),
                                "method": part.get_param("method") or "",
                                "filename": part.get_filename() or "",
                                "content": part.get_payload(decode=True).decode("utf-8")})
    return {"mail_from": mail_from, "rcpt_to": rcpt_to, "from": str(msg["From"]),
            "to": str(msg["To"]), "subject": str(msg["Subject"]),
            "raw_subject": raw.split(b"\r\nSubject: ", 1)[1].split(b"\r\n")[0].decode(),
            "date": str(msg["Date"]), "message_id": str(msg["Message-ID"]),
            "mime_version": str(msg["MIME-Version"]), "text": text, "attachments": attachments}


class Sink:
    def __init__(self, folder, auth=None, mechanisms="PLAIN LOGIN"):
        self.folder = folder
        self.count = 0
        self.auth = auth
        self.mechanisms = mechanisms.split()

    async def authenticate(self, verb, reader, reply, writer):
        """AUTH PLAIN <initial> or AUTH LOGIN; True when the user and password match."""
        parts = verb.split()
        mechanism = parts[1].upper() if len(parts) > 1 else ""
        if mechanism not in self.mechanisms:
            return False
        if mechanism == "PLAIN":
            _, user, password = base64.b64decode(parts[2]).decode().split("\0")
            return f"{user}:{password}" == self.auth
        reply("334 VXNlcm5hbWU6")
        await writer.drain()
        user = base64.b64decode((await reader.readline()).strip()).decode()
        reply("334 UGFzc3dvcmQ6")
        await writer.drain()
        password = base64.b64decode((await reader.readline()).strip()).decode()
        return f"{user}:{password}" == self.auth

    async def session(self, reader, writer):
        def reply(line):
            writer.write(line.encode() + b"\r\n")
        reply("220 sink ESMTP")
        mail_from, rcpt_to = "", []
        authenticated = self.auth is None
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line.decode(errors="replace").strip()
            upper = verb.upper()
            if upper.startswith("EHLO"):
                reply("250-sink")
                if self.auth:
                    reply("250-AUTH " + " ".join(self.mechanisms))
                reply("250 8BITMIME")
            elif upper.startswith("AUTH ") and self.auth:
                authenticated = await self.authenticate(verb, reader, reply, writer)
                reply("235 ok" if authenticated else "535 no")
            elif upper.startswith("MAIL FROM:") and not authenticated:
                reply("530 authentication required")
            elif upper.startswith("HELO") or upper.startswith("NOOP") or upper.startswith("RSET"):
                reply("250 ok")
            elif upper.startswith("MAIL FROM:"):
                mail_from, rcpt_to = verb[10:].strip().strip("<>"), []
                reply("250 ok")
            elif upper.startswith("RCPT TO:"):
                rcpt_to.append(verb[8:].strip().strip("<>"))
                reply("250 ok")
            elif upper == "DATA":
                reply("354 go on")
                await writer.drain()
                lines = []
                while True:
                    data = await reader.readline()
                    if data in (b".\r\n", b""):
                        break
                    lines.append(data[1:] if data.startswith(b".") else data)
                self.save(b"".join(lines), mail_from, rcpt_to)
                reply("250 queued")
            elif upper == "QUIT":
                reply("221 bye")
                await writer.drain()
                break
            else:
                reply("502 not here")
            await writer.drain()
        writer.close()

    def save(self, raw, mail_from, rcpt_to):
        self.count += 1
        name = f"{self.count:03d}"
        (self.folder / f"{name}.eml").write_bytes(raw)
        (self.folder / f"{name}.json").write_text(
            json.dumps(summary(raw, mail_from, rcpt_to), ensure_ascii=False), encoding="utf-8")
        print(f"received {name}", flush=True)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--auth")
    parser.add_argument("--mechanisms", default="PLAIN LOGIN")
    args = parser.parse_args()
    folder = Path(args.dir)
    sink = Sink(folder, args.auth, args.mechanisms)
    sink.count = len(list(folder.glob("*.eml")))  # a restarted sink goes on counting
    server = await asyncio.start_server(sink.session, "127.0.0.1", args.port,
                                        reuse_address=True)
    print(f"port {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
