{#
    Whether an app event counts as user activity for app sessions (docs/METRICS.md): only
    SDK-sent events, and not lifecycle, notification, attribution or identity events,
    which say nothing about the user being active.
#}
{% macro excluded_app_event_names() %}
    {{ return([
        'App Installed',
        'App Uninstalled',
        'Notification Sent',
        'Notification Clicked',
        'UTM Visited',
        'Identity Set',
        'Identity Reset',
        'Identity Error',
    ]) }}
{% endmacro %}

{% macro is_counted_app_event(source_column='source', name_column='app_event_name') %}
    ({{ source_column }} = 'sdk'
        and {{ name_column }} not in ('{{ excluded_app_event_names() | join("', '") }}'))
{%- endmacro %}

{#- Why an app event is not counted, null when it is. The source is checked first: an
    event sent through the API is `API_SOURCE` whatever its name. -#}
{% macro app_event_excluded_reason(source_column='source', name_column='app_event_name') %}
    case
        when {{ source_column }} <> 'sdk' then 'API_SOURCE'
        when {{ name_column }} in ('{{ excluded_app_event_names() | join("', '") }}')
            then 'EXCLUDED_NAME'
    end
{%- endmacro %}
