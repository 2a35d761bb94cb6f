"""Desks, roles, collections and the approval workflow, written once and idempotent.

The data migration calls `install(apps)` with its historical models (an existing
site gets everything on `migrate`); a new language home page gets its desk's
permissions from `grant_tree(apps, home)` (signals.py), so `load_demo`, a fresh
site and the tests all end up with the same setup.
"""

from .roles import (
    CHIEF_EDITORS,
    DOCUMENT_PERMISSIONS,
    IMAGE_PERMISSIONS,
    ROLES,
    SHARED_COLLECTION,
    TASK_NAME,
    WORKFLOW_NAME,
)

# codename → (app_label, model) of its content type.
PERMISSION_MODELS = {
    "access_admin": ("wagtailadmin", "admin"),
    "submit_translation": ("wagtail_localize", "translation"),
}
WAGTAIL_DEFAULT_GROUPS = {"Moderators": CHIEF_EDITORS, "Editors": None}
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's MP_Node path digits


def _content_type_of(codename):
    if codename in PERMISSION_MODELS:
        return PERMISSION_MODELS[codename]
    model = codename.rsplit("_", 1)[1]
    if model == "page":
        return "wagtailcore", "page"
    if model == "image":
        return "wagtailimages", "image"
    if model == "document":
        return "wagtaildocs", "document"
    raise ValueError(f"no content type known for permission {codename}")


def permission(apps, codename):
    """The Permission, created if `migrate` has not made it yet (a fresh database
    gets its permissions only after the last migration)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    if "." in codename:
        codename = codename.split(".", 1)[1]
    app_label, model = _content_type_of(codename)
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return found


def _child_collection(apps, root, name):
    """A collection under the root one (historical models have no treebeard API)."""
    Collection = apps.get_model("wagtailcore", "Collection")
    existing = Collection.objects.filter(depth=root.depth + 1, path__startswith=root.path, name=name).first()
    if existing:
        return existing
    siblings = Collection.objects.filter(depth=root.depth + 1, path__startswith=root.path).order_by("-path")
    last = siblings.first()
    number = _path_number(last.path[-4:]) + 1 if last else 1
    collection = Collection.objects.create(
        name=name, depth=root.depth + 1, path=root.path + _path_step(number), numchild=0
    )
    root.numchild = Collection.objects.filter(depth=root.depth + 1, path__startswith=root.path).count()
    root.save(update_fields=["numchild"])
    return collection


def _path_number(step):
    number = 0
    for char in step:
        number = number * len(ALPHABET) + ALPHABET.index(char)
    return number


def _path_step(number):
    digits = ""
    for _position in range(4):
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits


def _convert_wagtail_defaults(apps):
    """Moderators become Chief editors (their members stay); Editors go."""
    Group = apps.get_model("auth", "Group")
    for old, new in WAGTAIL_DEFAULT_GROUPS.items():
        group = Group.objects.filter(name=old).first()
        if group is None:
            continue
        apps.get_model("wagtailcore", "GroupPagePermission").objects.filter(group=group).delete()
        apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(group=group).delete()
        group.permissions.clear()
        if new and not Group.objects.filter(name=new).exists():
            group.name = new
            group.save(update_fields=["name"])
        else:
            group.delete()


def _groups(apps):
    Group = apps.get_model("auth", "Group")
    return {role.group: Group.objects.get_or_create(name=role.group)[0] for role in ROLES}


def _grant_page(apps, group, page, codename):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.get_or_create(
        group=group, page_id=page.pk, permission=permission(apps, codename)
    )


def _grant_collection(apps, group, collection, codenames):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(apps, codename)
        )


def _collections(apps, groups):
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    shared = _child_collection(apps, root, SHARED_COLLECTION)
    everything = IMAGE_PERMISSIONS + DOCUMENT_PERMISSIONS
    for role in ROLES:
        group = groups[role.group]
        if role.collection:
            _grant_collection(apps, group, _child_collection(apps, root, role.collection), everything)
            _grant_collection(apps, group, shared, everything)
        elif role.slug == "translator":
            _grant_collection(apps, group, shared, ("add_image", "choose_image", "choose_document"))
        else:  # chief editors and administrators: every collection, deleting too
            _grant_collection(apps, group, root, everything + ("delete_image", "delete_document"))


def _model_permissions(apps, groups):
    for role in ROLES:
        group = groups[role.group]
        group.permissions.add(permission(apps, "access_admin"))
        for codename in role.model_permissions:
            group.permissions.add(permission(apps, codename))


def _workflow(apps, groups):
    """Wagtail's "Moderators approval" becomes "Desk → Chief editor", one task:
    the chief editors' approval."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    Task = apps.get_model("wagtailcore", "Task")
    DeskApprovalTask = apps.get_model("newsroom", "DeskApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    workflow = (
        Workflow.objects.filter(name=WORKFLOW_NAME).first()
        or Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).first()
        or Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    )
    workflow.name, workflow.active = WORKFLOW_NAME, True
    workflow.save(update_fields=["name", "active"])
    task = DeskApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="newsroom", model="deskapprovaltask"
        )
        task = DeskApprovalTask.objects.create(name=TASK_NAME, content_type=content_type, active=True)
    task.groups.set([groups[CHIEF_EDITORS]])
    old = WorkflowTask.objects.filter(workflow=workflow).exclude(task_id=task.pk)
    Task.objects.filter(pk__in=old.values("task_id"), name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)
    old.delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    return workflow


def _assign_workflow(apps, workflow, page):
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})


def grant_tree(apps, home, groups=None, workflow=None):
    """The permissions and the workflow on one language's tree (its home page)."""
    Locale = apps.get_model("wagtailcore", "Locale")
    groups = groups or _groups(apps)
    language = Locale.objects.get(pk=home.locale_id).language_code
    for role in ROLES:
        if language in role.trees:
            for codename in role.page_permissions:
                _grant_page(apps, groups[role.group], home, codename)
    if workflow is None:
        workflow = apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        _assign_workflow(apps, workflow, home)


def install(apps, schema_editor=None):
    _convert_wagtail_defaults(apps)
    groups = _groups(apps)
    _model_permissions(apps, groups)
    _collections(apps, groups)
    workflow = _workflow(apps, groups)
    Page = apps.get_model("wagtailcore", "Page")
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        _assign_workflow(apps, workflow, root)  # any tree made later is covered too
        administrators = groups["Administrators"]
        for codename in ROLES[-1].page_permissions:
            _grant_page(apps, administrators, root, codename)
    for home in apps.get_model("news", "HomePage").objects.all():
        grant_tree(apps, home, groups, workflow)


def grant_administrators_everything(apps):
    """Administrators hold every permission (users, groups, settings, redirects…):
    run after `migrate` has created the permissions of every app."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Administrators").first()
    if group is not None:
        group.permissions.add(*Permission.objects.all())
