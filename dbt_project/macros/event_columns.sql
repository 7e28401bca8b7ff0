{#
    Column lists shared by the per-event-type staging models, declared once so
    every family exposes the same envelope and the same context in the same order.
#}

{% macro event_envelope_columns() %}
    {{ return(['event_id', 'partner_id', 'session_id', 'user_id', 'event_at', 'source_file', 'line_number']) }}
{% endmacro %}

{% macro event_context_columns() %}
    {{ return([
        'country', 'region', 'city', 'platform', 'device',
        'os', 'os_version', 'browser', 'browser_version', 'sdk_version',
    ]) }}
{% endmacro %}
