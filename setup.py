"""What goes into the wheel; pyproject.toml holds everything else (name, version, dependencies).

This is plain setuptools configuration, in a setup.py only because pyproject.toml cannot say
it: a package list found by search *plus* folders mapped to other package names.

* Code: every folder of ``blueprint/`` and ``standards/``, with or without ``__init__.py`` (the
  i18n catalogue folders have none), and their data files (catalogues, profiles).
* Data read at run time (``blueprint/resources.py``): in a checkout it is the top-level
  ``templates/`` and ``examples/`` folders; a wheel ships them whole inside the package as
  ``blueprint/_data/templates`` and ``blueprint/_data/examples``, through ``package_dir``.
  An editable install keeps reading the checkout folders.

``tests/test_packaging.py`` builds the wheel and checks that every one of these files is in it.
"""

from setuptools import find_namespace_packages, setup

#: top-level folders of the checkout shipped as blueprint/_data/<folder>
DATA_FOLDERS = ("templates", "examples")
#: data files that ship from the code packages (the rest there is Python)
CODE_DATA = ["*.yaml", "*.json", "*.j2", "*.css", "*.html", "*.md"]
SKIP = ["*__pycache__*"]

packages = find_namespace_packages(include=["blueprint", "blueprint.*", "standards", "standards.*"], exclude=SKIP)
package_dir: dict[str, str] = {}
package_data: dict[str, list[str]] = {name: CODE_DATA for name in packages}
for folder in DATA_FOLDERS:
    top = f"blueprint._data.{folder}"
    package_dir[top] = folder
    # each subfolder is a package too, so setuptools copies it as a whole folder of data
    names = [top] + [f"{top}.{sub}" for sub in find_namespace_packages(where=folder, exclude=SKIP)]
    packages += names
    package_data.update({name: ["*"] for name in names})

setup(packages=packages, package_dir=package_dir, package_data=package_data)
