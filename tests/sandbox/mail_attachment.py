#!/usr/bin/env python3
"""Writes the decoded bytes of one attachment of an RFC 5322 message to stdout, read with Python's email
package (an independent MIME parser): mail_attachment.py MESSAGE [INDEX]. Exit 1 when there is no such attachment."""

import email
import email.policy
import sys


def main():
    with open(sys.argv[1], "rb") as file:
        message = email.message_from_binary_file(file, policy=email.policy.default)
    index = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    attachments = list(message.iter_attachments())
    if index >= len(attachments):
        sys.exit(f"{sys.argv[1]}: no attachment #{index} (it has {len(attachments)})")
    sys.stdout.buffer.write(attachments[index].get_payload(decode=True) or b"")


if __name__ == "__main__":
    main()
