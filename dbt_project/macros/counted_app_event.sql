{#
    Whether an app event counts as user activity for app sessions (docs/METRICS.md): only
    SDK-sent events, and not lifecycle, notification, attribution or identity events,
    which say nothing about the user being active.
#}
{% macro is_counted_app_event(source_column='source', name_column='app_event_name') %}
    ({{ source_column }} = 'sdk'
        and {{ name_column }} not in (
            'App Installed',
            'App Uninstalled',
            'Notification Sent',
            'Notification Clicked',
            'UTM Visited',
            'Identity Set',
            'Identity Reset',
            'Identity Error'
        ))
{%- endmacro %}
