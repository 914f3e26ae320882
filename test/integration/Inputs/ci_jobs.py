#!/usr/bin/env python3
"""Runs the commands of a documented CI job in the current directory.

  ci_jobs.py github WORKFLOW.yml   every job of the workflow, in the order of
                                   their `needs:`, once per combination of
                                   its `strategy.matrix` (`${{ matrix.X }}`
                                   substituted): every `run:` step, in order,
                                   as the GitHub runner runs them (`bash -e`,
                                   steps after a failure run only with
                                   `if: always()` or `failure()`, GITHUB_PATH
                                   and GITHUB_ENV honoured); `uses:` steps are
                                   GitHub's own actions and are not run: their
                                   inputs are printed, upload-sarif's file
                                   must exist, and upload-artifact /
                                   download-artifact copy files through a
                                   store shared by the jobs
  ci_jobs.py gitlab CI.yml JOB     the job's `script:` lines in one
                                   `bash -eo pipefail` shell, as the GitLab
                                   runner runs them (with `parallel: N`, N
                                   times, with CI_NODE_INDEX and
                                   CI_NODE_TOTAL); the Code Quality report it
                                   declares must exist

Prints one line per step and the job's outcome on standard output, for
FileCheck (the steps' own output goes to standard error); exits 0 when the job
could be run (whatever its outcome).
"""
import fnmatch
import glob
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml


def substitute(value, matrix):
    """`${{ matrix.X }}` in a step's strings."""
    if isinstance(value, str):
        return re.sub(r"\$\{\{\s*matrix\.(\w+)\s*\}\}",
                      lambda m: str(matrix[m.group(1)]), value)
    if isinstance(value, dict):
        return {k: substitute(v, matrix) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, matrix) for v in value]
    return value


def artifact_action(step, workspace, store):
    """upload-artifact / download-artifact through a local store."""
    inputs = step.get("with") or {}
    if "upload-artifact" in step["uses"]:
        dest = os.path.join(store, inputs["name"])
        os.makedirs(dest, exist_ok=True)
        for path in glob.glob(os.path.join(workspace, inputs["path"])):
            shutil.copy(path, dest)
        print(f"upload-artifact {inputs['name']}: "
              f"{' '.join(sorted(os.listdir(dest)))}")
    elif "download-artifact" in step["uses"]:
        names = sorted(n for n in os.listdir(store)
                       if fnmatch.fnmatch(n, inputs.get("pattern", "*")))
        for name in names:
            for f in os.listdir(os.path.join(store, name)):
                shutil.copy(os.path.join(store, name, f), workspace)
        print(f"download-artifact {' '.join(names)}")


def run_github_job(job_id, job, matrix, store):
    label = " ".join(f"{k}={v}" for k, v in sorted(matrix.items()))
    print(f"job {job_id}" + (f" ({label})" if label else ""))
    job = substitute(job, matrix)
    for scope, level in sorted((job.get("permissions") or {}).items()):
        print(f"permission {scope}: {level}")
    workspace = os.getcwd()
    tmp = tempfile.mkdtemp(prefix="gh-runner-")
    env = dict(os.environ, CI="true", GITHUB_ACTIONS="true",
               GITHUB_WORKSPACE=workspace)
    failed = False
    for n, step in enumerate(job["steps"], 1):
        name = step.get("name", step.get("uses", "run"))
        cond = str(step.get("if", "success()")).strip()
        if cond.startswith("${{"):
            cond = cond[3:-2].strip()
        if cond not in ("success()", "always()", "failure()"):
            sys.exit(f"ci_jobs.py: unsupported condition {cond!r}")
        runs = (cond == "always()" or (cond == "failure()" and failed) or
                (cond == "success()" and not failed))
        if "uses" in step:
            inputs = " ".join(f"{k}={v}" for k, v in
                              sorted((step.get("with") or {}).items()))
            print(f"step {n} {name}: uses {step['uses']} {inputs} "
                  f"({'would run' if runs else 'skipped'})")
            if "upload-sarif" in step["uses"] and runs:
                sarif = step["with"]["sarif_file"]
                if not os.path.isfile(os.path.join(workspace, sarif)):
                    sys.exit(f"ci_jobs.py: upload-sarif's {sarif} does not exist")
                print(f"upload-sarif {sarif} exists")
            if "-artifact" in step["uses"] and runs:
                artifact_action(step, workspace, store)
            continue
        if not runs:
            print(f"step {n} {name}: skipped")
            continue
        gh_path = os.path.join(tmp, f"path{n}")
        gh_env = os.path.join(tmp, f"env{n}")
        open(gh_path, "w").close()
        open(gh_env, "w").close()
        script = os.path.join(tmp, f"step{n}.sh")
        with open(script, "w", encoding="utf-8") as f:
            f.write(step["run"])
        step_env = dict(env, GITHUB_PATH=gh_path, GITHUB_ENV=gh_env)
        step_env.update({k: str(v) for k, v in (step.get("env") or {}).items()})
        status = subprocess.run(["bash", "-e", script], env=step_env,
                                stdout=sys.stderr).returncode
        print(f"step {n} {name}: exit {status}")
        failed = failed or status != 0
        # What a step adds to GITHUB_PATH / GITHUB_ENV holds for the next ones.
        for line in open(gh_path, encoding="utf-8").read().splitlines():
            if line.strip():
                env["PATH"] = line.strip() + os.pathsep + env["PATH"]
        for line in open(gh_env, encoding="utf-8").read().splitlines():
            if "=" in line:
                key, value = line.split("=", 1)
                env[key] = value
    print(f"job {'failure' if failed else 'success'}")
    return not failed


def run_github(path):
    workflow = yaml.safe_load(open(path, encoding="utf-8"))
    jobs = workflow["jobs"]
    store = tempfile.mkdtemp(prefix="gh-artifacts-")
    done, ok = set(), {}
    while len(done) < len(jobs):
        ready = [j for j in jobs if j not in done and
                 all(n in done for n in _needs(jobs[j]))]
        if not ready:
            sys.exit("ci_jobs.py: the jobs' needs form a cycle")
        for job_id in ready:
            done.add(job_id)
            if not all(ok[n] for n in _needs(jobs[job_id])):
                print(f"job {job_id}: skipped (a job it needs failed)")
                ok[job_id] = False
                continue
            matrix = (jobs[job_id].get("strategy") or {}).get("matrix") or {}
            keys = sorted(matrix)
            ok[job_id] = True
            for values in itertools.product(*(matrix[k] for k in keys)):
                ok[job_id] &= run_github_job(job_id, jobs[job_id],
                                             dict(zip(keys, values)), store)


def _needs(job):
    needs = job.get("needs") or []
    return [needs] if isinstance(needs, str) else needs


def run_gitlab(path, job_name):
    config = yaml.safe_load(open(path, encoding="utf-8"))
    job = config[job_name]
    print(f"job {job_name} stage={job.get('stage')}")
    stages = config.get("stages")
    if stages is not None and job.get("stage") not in stages:
        sys.exit(f"ci_jobs.py: stage {job.get('stage')} is not in stages {stages}")
    script = "\n".join(job["script"]) + "\n"
    env = dict(os.environ, CI="true", GITLAB_CI="true",
               CI_PROJECT_DIR=os.getcwd())
    env.update({k: str(v) for k, v in (job.get("variables") or {}).items()})
    nodes = int(job.get("parallel", 1))
    status = 0
    for node in range(1, nodes + 1):
        node_env = dict(env)
        if "parallel" in job:
            node_env.update(CI_NODE_INDEX=str(node), CI_NODE_TOTAL=str(nodes))
        node_status = subprocess.run(["bash", "-eo", "pipefail", "-c", script],
                                     env=node_env, stdout=sys.stderr).returncode
        print(f"script{f' node {node}/{nodes}' if 'parallel' in job else ''}: "
              f"exit {node_status}")
        status = status or node_status
    artifacts = job.get("artifacts") or {}
    report = (artifacts.get("reports") or {}).get("codequality")
    paths = " ".join(artifacts.get("paths") or [])
    print(f"artifacts when={artifacts.get('when', 'on_success')} "
          f"codequality={report}" + (f" paths={paths}" if paths else ""))
    if report and not os.path.isfile(report):
        sys.exit(f"ci_jobs.py: the Code Quality report {report} does not exist")
    print(f"job {'failure' if status else 'success'}")


def main():
    sys.stdout.reconfigure(line_buffering=True)  # in order with the steps' output
    if sys.argv[1] == "github":
        run_github(sys.argv[2])
    elif sys.argv[1] == "gitlab":
        run_gitlab(sys.argv[2], sys.argv[3])
    else:
        sys.exit(f"ci_jobs.py: unknown kind {sys.argv[1]}")


if __name__ == "__main__":
    main()
