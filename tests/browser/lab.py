"""Drive the course in a real JupyterLab: a server on a temporary copy, and helpers for pages.

The browser tests get these through the fixtures of conftest.py (`lab_server`, `lab`). A widget
test reads like this:

    def test_slider_redraws(lab):
        nb = lab.open("notebooks/01_cross_correlation.ipynb")
        nb.run_all()                                   # Restart Kernel and Run All Cells
        out = nb.output("viz.step_through(")           # the code cell whose source has this
        before = out.src(0)                            # src of the first <img> in its output
        out.set_slider("step", 3)                      # keyboard on the slider's handle
        expect(out.label(0)).to_have_text("25 + ...")  # a Label/HTML widget's text
        expect(out.image(0)).not_to_have_attribute("src", before)

`expect` is Playwright's (`from playwright.sync_api import expect`): it waits until the
condition holds, so a test never sleeps for a kernel round trip.

- `LabServer(root, scratch)`: `jupyter lab` on 127.0.0.1, a free port and a token, serving
  `root`, with HOME and every Jupyter/IPython/matplotlib directory inside `scratch`; its kernel
  is this interpreter's ipykernel. `stop()` ends the server and every kernel it started.
- `copy_course(dst)`: notebooks/, utils/, img/ (and data/) copied, so tests never touch the repo.
- `Lab(context, server)`: one browser page; `open(path)` gives a `Notebook`. `lab.blocked` lists
  the requests that tried to leave the machine, `lab.page_errors` the uncaught page errors.
- `Notebook`: `run_all()`, `execution_counts()`, `errors()`, `images()`, `math()`, `is_dirty()`,
  `save()`, `screenshot(path)`, `output(contains)`.
- `Output`: one code cell's output area. Change widgets by description with `set_slider`,
  `press_slider`, `select`, `fill` (text + Enter) and `click` (a button); read them with
  `label(i)` (the i-th Label/HTML widget), `image(i)` and `src(i)` (the i-th <img>: Image
  widgets and figures), `widget(description)` for anything else.
"""

import ctypes
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from math import isclose
from pathlib import Path

import notebook_env
import psutil

ROOT = Path(__file__).resolve().parents[2]
COURSE_DIRS = ["notebooks", "utils", "img", "data"]
CHAPTER_GLOBS = ["notebooks/*.ipynb"]
# The Chinese chapters' code is the English code (tests/test_zh.py) and strict nbval runs
# every one of them; in JupyterLab one stands for them all, to show that the Chinese text, the
# checker's Chinese replies and the widgets' Chinese pictures render. Chapter 3 has a player,
# the explorer and a code exercise.
CHINESE_IN_LAB = ["notebooks/zh/03_stride.ipynb"]
STDERR_MIME = "application/vnd.jupyter.stderr"
# Settings a learner would also choose; they keep the tests deterministic: no autosave
# writing to the files under test while a long chapter runs.
USER_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
}
# LabApp never fetches news, update checks or an extension list from the internet.
LAB_CONFIG = {
    "LabApp": {
        "news_url": None,
        "check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
        "extension_manager": "readonly",
    }
}
# Environment variables that would point the server at the machine's own Jupyter set-up.
MACHINE_JUPYTER_VARS = ["JUPYTER_PATH", "JUPYTER_CONFIG_PATH", "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR"]


def chapters(src=ROOT):
    """The chapters run in JupyterLab, relative to the repository: every English one, one Chinese one."""
    english = [p.relative_to(src).as_posix() for pattern in CHAPTER_GLOBS for p in sorted(src.glob(pattern))]
    return english + [path for path in CHINESE_IN_LAB if (src / path).exists()]


def copy_course(dst, src=ROOT):
    """Copy what the notebooks need (notebooks/, utils/, img/, data/) from `src` into `dst`."""
    dst = Path(dst)
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    for name in COURSE_DIRS:
        if (src / name).is_dir():
            shutil.copytree(src / name, dst / name, ignore=ignore)
    return dst


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _terminate_with_parent():
    """In the server's process: ask Linux for a SIGTERM when pytest dies, however it dies."""
    if sys.platform == "linux":
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def running(process):
    """True while a psutil.Process runs (a zombie has ended)."""
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


class LabServer:
    """`jupyter lab` serving `root`, with all its state inside `scratch`."""

    def __init__(self, root, scratch):
        self.root = Path(root)
        self.scratch = Path(scratch)
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = self.scratch / "jupyter-lab.log"
        self.process = None
        self._started = {}  # pid -> psutil.Process of every process the server started
        self._http = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def environment(self):
        dirs = {
            "HOME": "home",
            "JUPYTER_CONFIG_DIR": "jupyter_config",
            "JUPYTER_DATA_DIR": "jupyter_data",
            "JUPYTER_RUNTIME_DIR": "jupyter_runtime",
            "IPYTHONDIR": "ipython",
            "MPLCONFIGDIR": "mplconfig",
        }
        env = dict(os.environ)
        for name in MACHINE_JUPYTER_VARS:
            env.pop(name, None)
        notebook_env.apply(env)
        for name, sub in dirs.items():
            (self.scratch / sub).mkdir(parents=True, exist_ok=True)
            env[name] = str(self.scratch / sub)
        # The new JUPYTER_DATA_DIR first on Jupyter's path, in a venv too (where jupyter_core
        # would otherwise put the environment's share/jupyter first): its kernelspec is used.
        env["JUPYTER_PREFER_ENV_PATH"] = "0"
        return env

    def _configure(self, env):
        config = Path(env["JUPYTER_CONFIG_DIR"])
        (config / "jupyter_lab_config.json").write_text(json.dumps(LAB_CONFIG))
        for plugin, settings in USER_SETTINGS.items():
            path = config / "lab" / "user-settings" / f"{plugin}.jupyterlab-settings"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(settings))
        # The `python3` kernelspec, written by this interpreter's ipykernel into the empty
        # JUPYTER_DATA_DIR with this interpreter's absolute path: kernels run this Python.
        subprocess.run(
            [sys.executable, "-m", "ipykernel", "install", "--user"], env=env, check=True, capture_output=True
        )

    def start(self, timeout=120):
        env = self.environment()
        self._configure(env)
        command = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--ip=127.0.0.1",
            f"--port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            "--allow-root",
            "--no-browser",
            f"--ServerApp.root_dir={self.root}",
        ]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                command,
                env=env,
                cwd=self.root,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl+C meant for pytest does not reach the server
                preexec_fn=_terminate_with_parent,
            )
        self._started[self.process.pid] = psutil.Process(self.process.pid)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                self.api("GET", "/api/status")
                return self
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(f"jupyter lab did not answer within {timeout} s:\n{self.log_tail()}")

    def log_tail(self, lines=30):
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def api(self, method, path, body=None):
        """Call the server's REST API; return the decoded JSON answer (None when empty)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Authorization", f"token {self.token}")
        with self._http.open(request, timeout=30) as response:
            text = response.read()
        return json.loads(text) if text else None

    def processes(self):
        """The server and every process it has started so far (kernels), still running."""
        if self.process and self.process.poll() is None:
            try:
                for child in psutil.Process(self.process.pid).children(recursive=True):
                    self._started.setdefault(child.pid, child)
            except psutil.NoSuchProcess:
                pass
        return [p for p in self._started.values() if running(p)]

    def shutdown_kernels(self):
        """Close every session and shut down every kernel, as the Running panel's 'Shut Down All' does."""
        self.processes()  # remember the kernels' pids, in case a shutdown fails
        for session in self.api("GET", "/api/sessions"):
            self.api("DELETE", f"/api/sessions/{session['id']}")
        for kernel in self.api("GET", "/api/kernels"):
            self.api("DELETE", f"/api/kernels/{kernel['id']}")

    def stop(self, timeout=30):
        """Stop the server and every process it started, politely first."""
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                self.shutdown_kernels()
            except OSError:
                pass
            started = self.processes()
            self.process.terminate()  # the server shuts down its remaining kernels on SIGTERM
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        else:
            started = self.processes()
        _, alive = psutil.wait_procs([p for p in started if running(p)], timeout=10)
        for p in alive:
            p.kill()
        psutil.wait_procs(alive, timeout=10)


class Lab:
    """One browser page on the server. `blocked`: requests that tried to leave the machine.

    Wait with Playwright (expect, wait_for_*, expect_response), never with time.sleep: the
    sync API handles the page's events (blocked requests, errors) only while it is called.
    """

    def __init__(self, context, server):
        self.context = context
        self.server = server
        self.page = context.new_page()
        self.page.set_default_timeout(60_000)
        self.page_errors = []
        self.page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        self.page.on("websocket", self._websocket)

    @property
    def blocked(self):
        return self.context.blocked

    def _websocket(self, ws):
        # Playwright's routing does not see WebSockets; record any that is not local.
        if not ws.url.startswith(self.server.url.replace("http", "ws", 1)):
            self.context.blocked.append(ws.url)

    def open(self, path):
        """Open the notebook at `path` (relative to the served root), alone, and wait for its kernel."""
        return Notebook(self, path)

    def close(self):
        self.context.close()


# True when every non-empty code cell shows an execution count and the kernel is idle, or
# when a run stopped at an error (JupyterLab then leaves the later cells unnumbered).
RUN_FINISHED = """([panel, indices]) => {
    if (!document.querySelector('#jp-main-statusbar')?.textContent.includes('| Idle')) return false;
    const cells = document.getElementById(panel).querySelectorAll('.jp-WindowedPanel-viewport > .jp-Cell');
    const prompts = indices.map(i => cells[i]?.querySelector('.jp-InputPrompt')?.textContent.trim() ?? '');
    if (prompts.some(p => p.includes('*'))) return false;
    if (prompts.every(p => /^\\[\\d+\\]:$/.test(p))) return true;
    return document.getElementById(panel).querySelector('[data-mime-type="application/vnd.jupyter.stderr"]') !== null;
}"""

# The text a reader sees in rendered markdown, without formulas and code: raw TeX left here
# means MathJax did not typeset it.
MATH_STATE = """(panel) => {
    const rendered = [...document.getElementById(panel).querySelectorAll('.jp-MarkdownCell .jp-RenderedMarkdown')];
    const raw = [];
    for (const md of rendered) {
        const copy = md.cloneNode(true);
        copy.querySelectorAll('mjx-container, code, pre, script').forEach(e => e.remove());
        const found = copy.textContent.match(/\\$+|\\\\[A-Za-z]+/g);
        if (found) raw.push(...found);
    }
    const typeset = rendered.reduce((n, md) => n + md.querySelectorAll('mjx-container').length, 0);
    const errors = rendered.reduce((n, md) => n + md.querySelectorAll('mjx-merror').length, 0);
    return {rendered: rendered.length, typeset, errors, raw};
}"""

IMAGES = """(panel) => [...document.getElementById(panel).querySelectorAll('.jp-Cell-outputArea img')].map(img => ({
    inWidget: img.closest('.jupyter-widgets') !== null,
    loaded: img.complete && img.naturalWidth > 0,
    width: img.naturalWidth,
}))"""


# How many pixels of cells lie below the visible part of the notebook (not counting the
# empty space JupyterLab adds after the last cell so it can be scrolled to the top).
CONTENT_BELOW = """(outer) => {
    const cells = outer.querySelectorAll('.jp-WindowedPanel-viewport > .jp-Cell');
    const bottom = cells[cells.length - 1].getBoundingClientRect().bottom + 16;
    return Math.ceil(bottom - outer.getBoundingClientRect().bottom);
}"""


@dataclass
class Math:
    rendered: int  # rendered markdown cells
    typeset: int  # formulas MathJax typeset
    errors: int  # formulas MathJax could not typeset
    raw: list  # '$' or TeX commands left in the visible text


class Notebook:
    """A notebook open in JupyterLab, alone in its page."""

    def __init__(self, lab, path):
        self.lab = lab
        self.page = lab.page
        self.path = str(path)
        self.file = lab.server.root / path
        self.cells = json.loads(self.file.read_text(encoding="utf-8"))["cells"]
        server = lab.server
        self.page.goto(f"{server.url}/lab/tree/{self.path}?reset&token={server.token}")
        self.page.wait_for_function(
            "n => [...document.querySelectorAll('.jp-NotebookPanel')].some(p => "
            "!p.classList.contains('lm-mod-hidden') && "
            "p.querySelectorAll('.jp-WindowedPanel-viewport > .jp-Cell').length === n)",
            arg=len(self.cells),
        )
        panel_id = self.page.evaluate("() => document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)').id")
        self.panel_id = panel_id
        self.panel = self.page.locator(f'[id="{panel_id}"]')
        self.wait_kernel_idle()
        # The file browser closed, as a reader would, to give the notebook the page's width.
        current = self.page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
        if current.count():
            current.click()

    def wait_kernel_idle(self, timeout=120_000):
        # The status bar says "Idle" only once the kernel is connected and has answered.
        self.page.wait_for_function(
            "() => document.querySelector('#jp-main-statusbar')?.textContent.includes('| Idle')", timeout=timeout
        )

    def code_indices(self):
        """Indices (among all cells) of the code cells that have source, so get a count when run."""
        return [i for i, c in enumerate(self.cells) if c["cell_type"] == "code" and "".join(c["source"]).strip()]

    def cell(self, index):
        return self.panel.locator(".jp-WindowedPanel-viewport > .jp-Cell").nth(index)

    def menu(self, menu, command):
        """Click `menu` in the menu bar, then its item that runs `command`."""
        self.page.locator("#jp-MainMenu .lm-MenuBar-item", has_text=re.compile(f"^{menu}$")).click()
        self.page.locator(f".lm-Menu-item[data-command='{command}']").click()

    def run_all(self, timeout=600):
        """Show all code and outputs, clear them, then Kernel > Restart Kernel and Run All Cells;
        wait until done.

        Folded cells (the chapters fold their solutions) are run too, but JupyterLab leaves
        their prompts and outputs out of the page; unfolded, every output is on the page to be
        checked. Clearing first means every output checked afterwards comes from this run.
        """
        self.menu("View", "notebook:show-all-cell-code")
        self.menu("View", "notebook:show-all-cell-outputs")
        self.menu("Edit", "editmenu:clear-all")
        self.menu("Kernel", "runmenu:restart-and-run-all")
        self.page.locator(".jp-Dialog .jp-mod-accept").click()
        from playwright.sync_api import TimeoutError

        try:
            self.page.wait_for_function(
                RUN_FINISHED, arg=[self.panel_id, self.code_indices()], timeout=timeout * 1000, polling=250
            )
        except TimeoutError as error:
            raise AssertionError(f"{self.path}: run did not finish in {timeout} s; prompts {self.prompts()}") from error

    def prompts(self):
        return [self.cell(i).locator(".jp-InputPrompt").text_content().strip() for i in self.code_indices()]

    def execution_counts(self):
        """The execution count of each non-empty code cell (None where it did not run)."""
        return [int(p[1:-2]) if re.fullmatch(r"\[\d+\]:", p) else None for p in self.prompts()]

    def errors(self):
        """Texts of the error and stderr outputs on the page (JupyterLab renders both as stderr)."""
        return self.panel.locator(f'.jp-Cell-outputArea [data-mime-type="{STDERR_MIME}"]').all_text_contents()

    def images(self, timeout=30_000):
        """Every <img> in the outputs: whether it is inside a widget, loaded, and its width.

        Waits until the browser has finished with each one (decoded it or given up).
        """
        self.page.wait_for_function(
            "p => [...document.getElementById(p).querySelectorAll('.jp-Cell-outputArea img')].every(i => i.complete)",
            arg=self.panel_id,
            timeout=timeout,
        )
        return self.page.evaluate(IMAGES, self.panel_id)

    def math(self, timeout=30_000):
        """The state of the formulas in rendered markdown, once MathJax has typeset the expected number."""
        from playwright.sync_api import TimeoutError

        expected = sum(count_formulas("".join(c["source"])) for c in self.cells if c["cell_type"] == "markdown")
        try:
            self.page.wait_for_function(
                f"p => ({MATH_STATE})(p).typeset >= {expected}", arg=self.panel_id, timeout=timeout
            )
        except TimeoutError:
            pass  # the caller's assertion on the counts says what is missing
        return Math(**self.page.evaluate(MATH_STATE, self.panel_id))

    def is_dirty(self):
        """True when JupyterLab shows the notebook as modified (the dot on its tab)."""
        name = Path(self.path).name
        return self.page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.jp-mod-dirty", has_text=name).count() > 0

    def save(self, timeout=30):
        """File > Save Notebook, and wait for the server's answer: the file is then written."""
        saved = "/api/contents/" + urllib.parse.quote(self.path)
        with self.page.expect_response(
            lambda r: r.request.method == "PUT" and r.url.split("?")[0].endswith(saved), timeout=timeout * 1000
        ) as response:
            self.menu("File", "docmanager:save")
        if not response.value.ok:
            raise AssertionError(f"saving {self.path} failed: HTTP {response.value.status}")

    def screenshot(self, path, max_height=16_000):
        """A PNG of the whole notebook: the page is made tall enough to show every cell."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        viewport = self.page.viewport_size
        outer = self.panel.locator(".jp-WindowedPanel-outer")
        outer.evaluate("e => { e.scrollTop = 0; }")
        height = viewport["height"]
        for _ in range(5):  # cells off screen take their real height once shown: measure again
            hidden = outer.evaluate(CONTENT_BELOW)
            if hidden <= 0 or height >= max_height:
                break
            height = min(height + hidden, max_height)
            self.page.set_viewport_size({"width": viewport["width"], "height": height})
            self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        self.page.screenshot(path=path)
        self.page.set_viewport_size(viewport)
        return path

    def output(self, contains):
        """The output area of the one code cell whose source contains `contains`."""
        hits = [i for i, c in enumerate(self.cells) if c["cell_type"] == "code" and contains in "".join(c["source"])]
        if len(hits) != 1:
            raise LookupError(f"{len(hits)} code cells of {self.path} contain {contains!r}; need exactly one")
        return Output(self.cell(hits[0]).locator(".jp-Cell-outputArea"))


def count_formulas(markdown):
    """How many formulas JupyterLab's MathJax typesets in this markdown ($...$, $$...$$, \\(...\\), \\[...\\])."""
    text = re.sub(r"```.*?```|`[^`\n]*`", "", markdown, flags=re.S)
    text = text.replace(r"\$", "")
    pattern = r"\$\$.+?\$\$|\\\[.+?\\\]|\\\(.+?\\\)|\\begin\{(\w+\*?)\}.+?\\end\{\1\}|\$[^$\n]+?\$"
    return len(re.findall(pattern, text, flags=re.S))


class Output:
    """The output area of one code cell, and the ipywidgets in it."""

    def __init__(self, locator):
        self.locator = locator
        self.page = locator.page

    def widget(self, description):
        """The one widget in this output whose description (its label) is exactly `description`."""
        label = self.page.locator("label.widget-label", has_text=re.compile(rf"^\s*{re.escape(description)}\s*$"))
        found = self.locator.locator(".widget-inline-hbox").filter(has=label)
        if found.count() != 1:
            known = self.locator.locator("label.widget-label").all_text_contents()
            raise LookupError(f"{found.count()} widgets described {description!r}; descriptions here: {known}")
        return found

    def slider(self, description):
        """The handle of the slider: it takes the keyboard, and aria-valuenow is its value."""
        return self.widget(description).locator("[role=slider]")

    def press_slider(self, description, key="ArrowRight", times=1):
        """Press `key` on the slider's handle (ArrowLeft/Right, Home, End, PageUp/Down) `times` times."""
        handle = self.slider(description)
        for _ in range(times):
            handle.press(key)

    def set_slider(self, description, value, max_presses=1000):
        """Move the slider to `value` with the arrow keys, one step at a time, as a reader would."""
        handle = self.slider(description)
        for _ in range(max_presses):
            now = float(handle.get_attribute("aria-valuenow"))
            if isclose(now, value, abs_tol=1e-9):
                return
            handle.press("ArrowRight" if value > now else "ArrowLeft")
            after = float(handle.get_attribute("aria-valuenow"))
            overshot = (after - value) * (now - value) < 0
            if after == now or (overshot and not isclose(after, value, abs_tol=1e-9)):
                raise ValueError(
                    f"slider {description!r} cannot take the value {value} (one step went {now} -> {after})"
                )
        raise ValueError(f"slider {description!r} did not reach {value} in {max_presses} key presses")

    def select(self, description, option):
        """Choose `option` (its visible label) in the dropdown."""
        self.widget(description).locator("select").select_option(label=option)

    def fill(self, description, text):
        """Type `text` into the text box and press Enter."""
        box = self.widget(description).locator("input, textarea")
        box.fill(text)
        box.press("Enter")

    def click(self, description):
        """Click the button whose text is `description`."""
        self.locator.locator("button.widget-button", has_text=re.compile(rf"^\s*{re.escape(description)}\s*$")).click()

    def label(self, index=0):
        """The i-th Label, HTML or HTMLMath widget in this output (its text, without a description)."""
        return self.locator.locator("div.widget-label, .widget-html-content, .widget-htmlmath-content").nth(index)

    def image(self, index=0):
        """The i-th <img> in this output: an Image widget or a figure, inside an Output widget or not."""
        return self.locator.locator("img").nth(index)

    def src(self, index=0):
        return self.image(index).get_attribute("src")
