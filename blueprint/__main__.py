from blueprint.cli import run

run()
