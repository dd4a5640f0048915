#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A desktop notification service for tests: owns org.freedesktop.Notifications on the session
# bus and appends every Notify and CloseNotification call, as one JSON line, to the file given
# as its argument. Prints "ready" once it owns the name. Debian's python3-dbus lives in
# /usr/bin/python3, not in a pyenv interpreter.
# Usage: notification-service.py RECORD_FILE
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Service(dbus.service.Object):
    def __init__(self, bus, record):
        super().__init__(bus, PATH)
        self.record = record
        self.next_id = 0

    def write(self, entry):
        with open(self.record, "a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
        if replaces_id:
            answer = int(replaces_id)
        else:
            self.next_id += 1
            answer = self.next_id
        self.write({"method": "Notify", "app_name": str(app_name),
                    "replaces_id": int(replaces_id), "summary": str(summary),
                    "body": str(body), "actions": [str(a) for a in actions],
                    "urgency": int(hints["urgency"]) if "urgency" in hints else None,
                    "urgency_type": type(hints.get("urgency")).__name__,
                    "expire_timeout": int(timeout), "id": answer})
        return dbus.UInt32(answer)

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, notification_id):
        self.write({"method": "CloseNotification", "id": int(notification_id)})
        self.NotificationClosed(notification_id, dbus.UInt32(3))

    @dbus.service.method(NAME, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["body"]

    @dbus.service.method(NAME, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("barntid-test", "Barntid", "1", "1.2")

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, notification_id, reason):
        pass


def main():
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    service = Service(bus, sys.argv[1])
    name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    print("ready", flush=True)
    GLib.MainLoop().run()
    del service, name


if __name__ == "__main__":
    main()
