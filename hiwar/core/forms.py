"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

import logging

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from hiwar.core.media import storage_is_writable

logger = logging.getLogger(__name__)


class StorageCheckedImageForm(BaseImageForm):
    """Wagtail's image form, with a form error when the media storage refuses files.

    Without it, an upload to a read-only or full media directory was a 500. (No row
    is left either way: Django writes the file before it inserts the row.)"""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file is not None and "file" in self.changed_data:
            try:
                storage_is_writable()
            except OSError as error:
                logger.error("image upload refused: the media storage cannot be written (%s)", error)
                raise ValidationError(
                    _(
                        "The picture cannot be stored now: the media storage is not writable. Try again later."
                    ),
                    code="storage",
                ) from None
        return file
