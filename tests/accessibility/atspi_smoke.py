#!/usr/bin/python3
"""Looks at the running app the way a screen reader (Orca) does, through AT-SPI, and logs in with it.

Usage: atspi_smoke.py <sipcabinet binary> [--source-dir DIR]
Runs `<binary> --demo --lang ru` on the current display and a11y bus (run-atspi-smoke sets both up).
The texts the user sees are taken from the sources (ui/*.ui and translations/sipcabinet_ru.ts), never
typed here: a label's accessible name must be its visible text, and a field's name its label's.
Exit 0 when the app passes; 1 with the problems and a dump of the window (role, name, description)."""
import argparse
import os
import re
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pyatspi
from gi.repository import Atspi, GLib

POLL_SECONDS = 0.1
STARTUP_SECONDS = 30
LOGIN_SECONDS = 30
STEP_SECONDS = 10
EXIT_SECONDS = 10

INTERACTIVE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_TABLE_CELL,
    pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE,
}
MENU_ROLES = {pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST}
MENU_ITEM_ROLES = {pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL}
PRESS_ACTIONS = {"press", "click", "activate"}


class Failure(Exception):
    """A problem after which the test cannot go on."""


def visible(text):
    """The text Qt shows (and names) for a string with mnemonics: '&Login:' -> 'Login:'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class SourceTexts:
    """What the user sees, from the forms and the Russian translation."""

    def __init__(self, source_dir):
        self.translations = {}
        ts = ET.parse(source_dir / "translations" / "sipcabinet_ru.ts").getroot()
        for context in ts.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.text and translation.get("type") is None:
                    self.translations[(context.findtext("name"), message.findtext("source"))] = translation.text
        self.widgets = {}  # (ui class, objectName) -> (widget class, text source, accessibleName source, file)
        for ui in sorted((source_dir / "ui").glob("*.ui")):
            root = ET.parse(ui).getroot()
            form = root.findtext("class")
            for widget in root.iter("widget"):
                props = {p.get("name"): p.findtext("string") for p in widget.findall("property")}
                self.widgets[(form, widget.get("name"))] = (widget.get("class"), props.get("text"),
                                                            props.get("accessibleName"), ui.relative_to(source_dir))
        # Names given in code: (class, variable or None for the widget itself, objectName or None, source, file).
        self.code_names = []
        for cpp in sorted((source_dir / "src" / "app").rglob("*.cpp")):
            code = cpp.read_text(encoding="utf-8")
            object_names = dict(re.findall(r'(\w+)->setObjectName\(QStringLiteral\("([^"]+)"\)\)', code))
            for variable, source in re.findall(r'(?:(\w+)->)?setAccessibleName\(tr\("((?:[^"\\]|\\.)*)"\)\)', code):
                self.code_names.append((cpp.stem, variable or None, object_names.get(variable), source,
                                        cpp.relative_to(source_dir)))

    def ru(self, context, source):
        try:
            return visible(self.translations[(context, source)])
        except KeyError:
            raise Failure(f"no Russian translation of {source!r} in context {context}")

    def text(self, form, object_name):
        """The Russian visible text of a widget of a .ui form, mnemonics removed."""
        text = self.widgets[(form, object_name)][1]
        if text is None:
            raise Failure(f"{form}.{object_name} has no text in its .ui file")
        return self.ru(form, text)

    def names_replacing_text(self):
        """Russian name -> where it is set as a fixed accessible name that hides a different visible text.

        On a QLabel an accessibleName replaces the text the label shows: a screen reader reads the
        fixed name and never the text. Only AT-SPI labels are compared against this."""
        found = {}  # spoken -> {(objectName, how it is set): [files]}

        def add(spoken, who, how, where):
            found.setdefault(spoken, {}).setdefault((who, how), []).append(where)

        for (form, name), (widget_class, text, accessible_name, path) in self.widgets.items():
            if widget_class != "QLabel" or accessible_name is None:
                continue
            shown = visible(self.translations.get((form, text), text)) if text else None
            spoken = visible(self.translations.get((form, accessible_name), accessible_name))
            if shown != spoken:
                add(spoken, name, f"accessibleName «{accessible_name}»", str(path))
        for form, variable, object_name, source, path in self.code_names:
            if (form, source) in self.translations:
                add(visible(self.translations[(form, source)]), object_name or variable or f"{form} itself",
                    f'setAccessibleName(tr("{source}"))', str(path))
        return {spoken: "; or ".join(f"{who} ({how} in {', '.join(files)})" for (who, how), files in setters.items())
                for spoken, setters in found.items()}


def pump():
    """Lets libatspi take in the app's events, so that the next reads see the current tree."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def states(acc):
    try:
        return set(acc.getState().getStates())
    except Exception:
        return set()


def showing(acc):
    return pyatspi.STATE_SHOWING in states(acc)


def children(acc):
    try:
        return [c for c in (acc.getChildAtIndex(i) for i in range(acc.childCount)) if c is not None]
    except Exception:
        return []


def walk(acc, only_showing=True):
    for child in children(acc):
        if only_showing and not showing(child):
            continue
        yield child
        yield from walk(child, only_showing)


def describe(acc):
    try:
        return f"[{acc.getRoleName()}] {acc.name!r}" + (f" description={acc.description!r}" if acc.description else "")
    except Exception as error:
        return f"<gone: {error}>"


def dump(acc, depth=0, out=sys.stdout):
    flags = "" if showing(acc) or depth == 0 else "  (not showing)"
    print("  " * depth + describe(acc) + flags, file=out)
    for child in children(acc):
        dump(child, depth + 1, out)


def related(acc, relation):
    try:
        return [r.getTarget(i) for r in acc.getRelationSet() if r.getRelationType() == relation
                for i in range(r.getNTargets())]
    except Exception:
        return []


def action_names(acc):
    try:
        action = acc.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        return []


def press(acc):
    action = acc.queryAction()
    for i in range(action.nActions):
        if action.getName(i).lower() in PRESS_ACTIONS:
            if not action.doAction(i):
                raise Failure(f"{describe(acc)}: its {action.getName(i)!r} action reported failure")
            return
    raise Failure(f"{describe(acc)} has no press action (it has {action_names(acc)})")


def wait_for(what, find, seconds, app=None):
    """Polls the tree until find() returns something; fails with `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        pump()
        if app is not None:
            app.check_running()
        found = find()
        if found:
            return found
        if time.monotonic() > deadline:
            raise Failure(f"not seen within {seconds} s: {what}")
        time.sleep(POLL_SECONDS)


class RunningApp:
    """The app under test, in a process group of its own so that it ends with its demo operator."""

    def __init__(self, binary):
        self.process = subprocess.Popen([binary, "--demo", "--lang", "ru"], start_new_session=True)
        self.accessible = None

    def check_running(self):
        if self.process.poll() is not None:
            raise Failure(f"the app exited with status {self.process.returncode}")

    def find(self):
        desktop = pyatspi.Registry.getDesktop(0)

        def ours():
            desktop.clear_cache()
            for app in children(desktop):
                try:
                    if app.get_process_id() == self.process.pid:
                        return app
                except Exception:
                    continue
            return None

        self.accessible = wait_for("the app on the AT-SPI desktop (is the a11y bus up and enabled?)",
                                   ours, STARTUP_SECONDS, self)
        self.accessible.set_cache_mask(Atspi.Cache.NONE)  # read live, never a stale copy
        return self.accessible

    def frame(self):
        frames = [c for c in children(self.accessible) if c.getRole() == pyatspi.ROLE_FRAME and showing(c)]
        return frames[0] if frames else None

    def stop(self):
        """SIGTERM to the app (its demo operator ends when the app's pipe closes); bounded wait for both."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(EXIT_SECONDS)
        except subprocess.TimeoutExpired:
            print("atspi_smoke: the app did not end on SIGTERM; killing it", file=sys.stderr)
        deadline = time.monotonic() + EXIT_SECONDS
        while time.monotonic() < deadline:
            try:
                os.killpg(self.process.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(POLL_SECONDS)
        print("atspi_smoke: processes of the app were left running; killing them", file=sys.stderr)
        os.killpg(self.process.pid, signal.SIGKILL)


def same(a, b):
    return a is not None and b is not None and getattr(a, "path", a) == getattr(b, "path", b)


def first(items):
    return next(iter(items), None)


class SmokeTest:
    """The checks: what a screen reader user meets on the login form, logging in, and the main window."""

    def __init__(self, app, texts):
        self.app = app
        self.texts = texts
        self.problems = []
        self.replacing_names = texts.names_replacing_text()
        self.reported_names = set()

    def problem(self, text):
        print(f"FAIL: {text}")
        self.problems.append(text)

    def passed(self, text):
        print(f"ok: {text}")

    def page_stack(self):
        frame = self.app.frame()
        return first(a for a in walk(frame) if a.getRole() == pyatspi.ROLE_LAYERED_PANE) if frame else None

    def current_page(self):
        stack = self.page_stack()
        return first(c for c in children(stack) if showing(c)) if stack else None

    def labels(self, scope):
        return [a for a in walk(scope) if a.getRole() == pyatspi.ROLE_LABEL]

    def label_named(self, scope, name):
        return first(a for a in self.labels(scope) if a.name == name)

    # Rules that hold for every screen.

    def check_interactive_names(self, scope, where):
        unnamed = [a for a in walk(scope) if a.getRole() in INTERACTIVE_ROLES and not a.name.strip()]
        for acc in unnamed:
            self.problem(f"{where}: interactive element without a name: {describe(acc)}")
        if not unnamed:
            self.passed(f"{where}: every interactive element has a name")

    def check_labels_speak_their_text(self, scope, where):
        bad = [a for a in self.labels(scope) if a.name in self.replacing_names]
        for acc in bad:
            if acc.name not in self.reported_names:
                self.reported_names.add(acc.name)
                self.problem(f"{where}: label exposed as {acc.name!r}, a fixed accessible name, instead of the "
                             f"text it shows; set by {self.replacing_names[acc.name]}")
        if not bad:
            self.passed(f"{where}: no label hides its visible text behind a fixed accessible name")

    # The login form.

    def wait_for_login_form(self):
        field_roles = (pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_ENTRY)

        # The form is shown busy while the app starts (the demo operator not listening yet): its controls are
        # disabled then, and a disabled button offers no actions. It is ready when the default button is enabled.
        def form():
            page = self.current_page()
            accessibles = list(walk(page)) if page else []
            fields = [a for a in accessibles if a.getRole() in field_roles]
            ready = any(a.getRole() == pyatspi.ROLE_PUSH_BUTTON and pyatspi.STATE_IS_DEFAULT in states(a)
                        and pyatspi.STATE_ENABLED in states(a) for a in accessibles)
            return page if len(fields) >= 2 and ready else None
        return wait_for("the login form (a page with text fields and an enabled default button) in the app's window",
                        form, STARTUP_SECONDS, self.app)

    def field_of(self, form, label_object, role):
        """The field that the form's label labels, checked as a screen reader meets it."""
        label_text = self.texts.text("LoginPage", label_object)
        label = self.label_named(form, label_text)
        if label is None:
            self.problem(f"{label_object}: no label named with its visible text {label_text!r}")
            return None
        field = first(related(label, pyatspi.RELATION_LABEL_FOR))
        if field is None:
            self.problem(f"{label_object} {label_text!r}: no label-for relation to its field (buddy)")
            return None
        if not any(same(label, other) for other in related(field, pyatspi.RELATION_LABELLED_BY)):
            self.problem(f"{describe(field)}: not labelled-by {label_text!r}")
        if field.getRole() != role:
            self.problem(f"{describe(field)} labelled {label_text!r}: role {field.getRoleName()!r}, "
                         f"expected {Atspi.role_get_name(role)!r}")
        expected = label_text.rstrip().rstrip(":").rstrip()
        # Qt on Linux names a combo box with its current item and leaves the label to the relation.
        if role != pyatspi.ROLE_COMBO_BOX and field.name != expected:
            self.problem(f"{describe(field)}: its name should be its visible label {expected!r}")
        else:
            self.passed(f"{label_text!r} labels {describe(field)}")
        return field

    def check_login_form(self, form):
        title = self.texts.text("LoginPage", "titleLabel")
        if self.label_named(form, title):
            self.passed(f"the form's title is exposed with its visible text {title!r}")
        else:
            self.problem(f"titleLabel (ui/loginpage.ui): its visible text {title!r} is not exposed; the form's "
                         f"labels are {[a.name for a in self.labels(form)]}")
        self.field_of(form, "accountLabel", pyatspi.ROLE_COMBO_BOX)
        login = self.field_of(form, "loginLabel", pyatspi.ROLE_TEXT)
        password = self.field_of(form, "passwordLabel", pyatspi.ROLE_PASSWORD_TEXT)
        button = self.log_in_button(form)
        self.check_interactive_names(self.app.frame(), "login window")
        self.check_labels_speak_their_text(self.app.frame(), "login window")
        if login is None or password is None or button is None:
            raise Failure("cannot log in through AT-SPI without the login field, password field and button")
        return login, password, button

    def log_in_button(self, form):
        expected = self.texts.text("LoginPage", "logInButton")
        buttons = [a for a in walk(form) if a.getRole() == pyatspi.ROLE_PUSH_BUTTON]
        button = first(b for b in buttons if pyatspi.STATE_IS_DEFAULT in states(b))
        if button is None:
            self.problem(f"no default push button on the login form (logInButton); "
                         f"buttons: {[describe(b) for b in buttons]}")
            button = first(b for b in buttons if b.name == expected)
        if button is None:
            return None
        if button.name != expected:
            self.problem(f"logInButton: exposed as {describe(button)}, its visible text is {expected!r}")
        actions = action_names(button)
        if not PRESS_ACTIONS & {name.lower() for name in actions}:
            self.problem(f"logInButton {describe(button)}: no press/click action (actions: {actions})")
        else:
            self.passed(f"log-in button {describe(button)} with actions {actions}")
        return button

    def type_into(self, field, text):
        field.queryEditableText().setTextContents(text)
        wait_for(f"{describe(field)} to hold the {len(text)} characters typed",
                 lambda: field.queryText().characterCount == len(text), STEP_SECONDS, self.app)

    def check_error_is_spoken(self, form, login, password, button):
        """Logging in without a password shows an error in the form: a screen reader must get its text."""
        self.type_into(login, "demo")
        self.type_into(password, "")
        press(button)
        expected = self.texts.ru("LoginPage", "Enter the password.")

        def spoken():
            return first(a for a in walk(form) if expected in (a.name, a.description))
        try:
            wait_for(f"the error {expected!r}", spoken, STEP_SECONDS, self.app)
            self.passed(f"the error {expected!r} is exposed")
            # The alert role is what makes a screen reader announce it when it appears.
            if spoken().getRole() != pyatspi.ROLE_ALERT:
                self.problem(f"messageLabel (ui/loginpage.ui): the error is exposed as "
                             f"{spoken().getRoleName()!r}, not as an alert, so it is not announced")
            else:
                self.passed("the error is an alert")
        except Failure:
            self.app.check_running()
            labels = [describe(a) for a in self.labels(form)]
            self.problem(f"messageLabel (ui/loginpage.ui): after logging in without a password the error "
                         f"{expected!r} is not exposed by any object of the form; its labels: {labels}")

    def log_in(self, login, password, button):
        self.type_into(login, "demo")
        self.type_into(password, "demo-password")
        typed = login.queryText().getText(0, -1)
        if typed != "demo":
            raise Failure(f"the login field holds {typed!r} after setTextContents('demo')")
        press(button)

    # The main window.

    def menu(self):
        frame = self.app.frame()
        stack = self.page_stack()
        menus = [a for a in walk(frame) if a.getRole() in MENU_ROLES
                 and not any(same(stack, p) for p in ancestors(a))] if frame else []
        return first(menus)

    def wait_for_main_window(self):
        def main_window():
            page = self.current_page()
            menu = self.menu()
            if page is None or menu is None or pyatspi.STATE_SENSITIVE not in states(menu):
                return None
            if any(a.getRole() == pyatspi.ROLE_PASSWORD_TEXT for a in walk(page)):
                return None
            selected = first(a for a in walk(menu) if pyatspi.STATE_SELECTED in states(a))
            return (page, menu, selected) if selected and self.labels(page) else None
        return wait_for("the main window: an enabled menu with a chosen item and a page that is not the login form",
                        main_window, LOGIN_SECONDS, self.app)

    def check_main_window(self):
        page, menu, selected = self.wait_for_main_window()
        self.passed(f"logged in: menu {describe(menu)}, chosen item {describe(selected)}")
        items = [a for a in walk(menu) if a.getRole() in MENU_ITEM_ROLES]
        names = [a.name for a in items]
        for source in ("Invoices", "Exit"):
            wanted = self.texts.ru("MenuCatalog", source)
            if wanted in names:
                self.passed(f"the menu has the item {wanted!r}")
            else:
                self.problem(f"menuTree (ui/mainwindow.ui): no item named {wanted!r}; items: {names}")
        title = first(self.labels(page))
        if title is None or title.name != selected.name:
            self.problem(f"titleLabel of the shown page: exposed as {describe(title) if title else 'nothing'}, its "
                         f"visible text is the chosen menu item's {selected.name!r}")
        else:
            self.passed(f"the page title is exposed with its visible text {title.name!r}")
        if selected.description and not self.label_named(page, selected.description):
            self.problem(f"descriptionLabel of the shown page: its visible text (the menu item's description "
                         f"{selected.description[:60]!r}…) is not exposed; labels: "
                         f"{[a.name[:60] for a in self.labels(page)]}")
        self.check_interactive_names(self.app.frame(), "main window")
        self.check_labels_speak_their_text(self.app.frame(), "main window")

    def run(self):
        form = self.wait_for_login_form()
        login, password, button = self.check_login_form(form)
        self.check_error_is_spoken(form, login, password, button)
        self.log_in(login, password, button)
        self.check_main_window()


def ancestors(acc):
    seen = []
    parent = acc.parent
    while parent is not None and len(seen) < 64:
        seen.append(parent)
        parent = parent.parent
    return seen


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--source-dir", type=Path, default=here.parent.parent)
    args = parser.parse_args()
    try:
        texts = SourceTexts(args.source_dir)
    except (OSError, ET.ParseError) as error:
        print(f"atspi_smoke: cannot read the forms and translations under {args.source_dir}: {error}")
        return 1

    app = RunningApp(args.binary)
    test = SmokeTest(app, texts)
    try:
        app.find()
        print(f"found the app on the AT-SPI desktop: {describe(app.accessible)}")
        test.run()
    except Failure as failure:
        test.problem(str(failure))
    except Exception as error:  # an AT-SPI call that failed is a failed test, with the tree to show why
        test.problem(f"{type(error).__name__}: {error}")
    finally:
        if test.problems:
            print("\nThe app as AT-SPI shows it (role, name, description):")
            if app.accessible is not None:
                pump()
                dump(app.accessible)
            else:
                print("  (the app is not on the AT-SPI desktop)")
        app.stop()
    if test.problems:
        print(f"\natspi_smoke: {len(test.problems)} problem(s):")
        for text in test.problems:
            print(f"  - {text}")
        return 1
    print("atspi_smoke: the app passes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
