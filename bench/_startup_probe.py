"""Child process of `startup.py`: start the app and report when its windows show.

Mode `bare`: a plain QApplication + QMainWindow, the baseline. Mode `app DATA_DIR`: the real start
(`ui.app.Startup`: fonts, language, the main window, the database opened by the start-up job); prints
`shown` when the main window has been shown and painted, `ready` when the sign-in form is enabled,
then signs in (password on standard input) and prints `session` when the sections are shown.
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
T0 = time.perf_counter()


def report(what: str) -> None:
    print(f"{what} {1000 * (time.perf_counter() - T0):.1f}", flush=True)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1180, 740)
    window.show()
    app.processEvents()
    report("shown")


def app(data_dir: str) -> None:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    login, password = sys.stdin.read().split("\n")[:2]
    from ui.app import Startup, create_application

    qapp = create_application()
    startup = Startup(qapp, data_dir, demo=False, lang="kk")
    qapp.processEvents()
    report("shown")
    window = startup.window

    def opened(*_args) -> None:
        report("ready")
        window.sign_in.login_edit.setText(login)
        window.sign_in.password_edit.setText(password)
        window.sign_in.try_sign_in()

    def session(_user) -> None:
        qapp.processEvents()
        report("session")
        qapp.quit()

    window.session_started.connect(session)
    window.sign_in.ready.connect(opened)
    qapp.exec()
    startup.close()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app(sys.argv[2])
