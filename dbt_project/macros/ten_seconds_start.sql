{#
    Start of the 10-second bucket holding `timestamp` (:00, :10, … :50 of its minute):
    the grain of view_heartbeat, sent every 10 seconds. Written with dbt's cross-database
    date macros, so every engine buckets the same way.
#}
{% macro ten_seconds_start(timestamp) -%}
    {{ dbt.dateadd(
        'second',
        'cast(floor(extract(second from ' ~ timestamp ~ ') / 10) * 10 as ' ~ dbt.type_int() ~ ')',
        dbt.date_trunc('minute', timestamp),
    ) }}
{%- endmacro %}
