#!/usr/bin/env python3
"""Reads one RFC 5322 message with Python's email package, an independent MIME parser, and prints what a
mail reader would see as JSON: recipients, decoded subject, body text, and each attachment's name and bytes."""

import email
import email.policy
import hashlib
import json
import sys


def header_defects(message, names):
    defects = []
    for name in names:
        header = message[name]
        if header is None:
            defects.append(f"{name}: missing")
        else:
            defects.extend(f"{name}: {defect}" for defect in header.defects)
    return defects


def main():
    with open(sys.argv[1], "rb") as file:
        message = email.message_from_binary_file(file, policy=email.policy.default)

    attachments = []
    for part in message.iter_attachments():
        data = part.get_payload(decode=True) or b""
        attachments.append({
            "filename": part.get_filename(),
            "content_type": part.get_content_type(),
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        })
    body = message.get_body(preferencelist=("plain",))
    structural = [str(defect) for part in message.walk() for defect in part.defects]
    print(json.dumps({
        "from": [address.addr_spec for address in message["From"].addresses],
        "from_names": [address.display_name for address in message["From"].addresses],
        "to": [address.addr_spec for address in message["To"].addresses],
        "to_names": [address.display_name for address in message["To"].addresses],
        "subject": str(message["Subject"]),
        "date": message["Date"].datetime.isoformat(),
        "message_id": str(message["Message-ID"]),
        "operator_order_id": str(message["X-Operator-Order-Id"] or ""),
        "mime_version": str(message["MIME-Version"]),
        "content_type": message.get_content_type(),
        "body": body.get_content() if body is not None else None,
        "attachments": attachments,
        "defects": structural + header_defects(message, ["Date", "From", "To", "Subject", "Message-ID"]),
    }, ensure_ascii=True))


if __name__ == "__main__":
    main()
