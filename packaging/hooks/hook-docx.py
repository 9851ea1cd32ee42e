"""python-docx for the bundle: its templates, and its modules as files on disk too.

python-docx finds its part templates as `docx/parts/../templates/…` from its own module's
file; inside the archive that folder does not exist, so the modules are also put on disk."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("docx")
module_collection_mode = "pyz+py"
