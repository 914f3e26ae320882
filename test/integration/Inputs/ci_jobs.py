#!/usr/bin/env python3
"""Runs the commands of a documented CI job in the current directory.

  ci_jobs.py github WORKFLOW.yml   every `run:` step of the workflow's job, in
                                   order, as the GitHub runner runs them
                                   (`bash -e`, steps after a failure run only
                                   with `if: always()` or `failure()`,
                                   GITHUB_PATH and GITHUB_ENV honoured);
                                   `uses:` steps are GitHub's own actions and
                                   are not run: their inputs are printed and
                                   upload-sarif's file must exist
  ci_jobs.py gitlab CI.yml JOB     the job's `script:` lines in one
                                   `bash -eo pipefail` shell, as the GitLab
                                   runner runs them; the Code Quality report
                                   it declares must exist

Prints one line per step and the job's outcome on standard output, for
FileCheck (the steps' own output goes to standard error); exits 0 when the job
could be run (whatever its outcome).
"""
import os
import subprocess
import sys
import tempfile

import yaml


def run_github(path):
    workflow = yaml.safe_load(open(path, encoding="utf-8"))
    (job_id, job), = workflow["jobs"].items()
    print(f"job {job_id}")
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
    status = subprocess.run(["bash", "-eo", "pipefail", "-c", script],
                            env=env, stdout=sys.stderr).returncode
    print(f"script: exit {status}")
    artifacts = job.get("artifacts") or {}
    report = (artifacts.get("reports") or {}).get("codequality")
    print(f"artifacts when={artifacts.get('when', 'on_success')} "
          f"codequality={report}")
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
