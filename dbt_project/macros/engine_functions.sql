{#
    The few constructs the two warehouse engines spell differently, behind
    `adapter.dispatch`: each `duckdb__` version is the DuckDB SQL the models were
    written in, each `spark__` version its Spark SQL twin. A model that needs anything
    else engine-specific adds it here, never inline.
#}

{#- The value of a struct of `columns` from the row with the least `order_columns`
    (compared in order, as a tuple), in one aggregate. -#}
{% macro arg_min_struct(columns, order_columns) -%}
    {{ return(adapter.dispatch('arg_min_struct', 'sessionlens')(columns, order_columns)) }}
{%- endmacro %}

{% macro duckdb__arg_min_struct(columns, order_columns) -%}
    arg_min(
        struct_pack(
            {%- for column in columns %}
            {{ column }} := {{ column }}{{ "," if not loop.last }}
            {%- endfor %}
        ),
        ({{ order_columns }})
    )
{%- endmacro %}

{% macro spark__arg_min_struct(columns, order_columns) -%}
    min_by(
        named_struct(
            {%- for column in columns %}
            '{{ column }}', {{ column }}{{ "," if not loop.last }}
            {%- endfor %}
        ),
        struct({{ order_columns }})
    )
{%- endmacro %}

{#- One row per element of the list `list` (the other selected columns repeated). -#}
{% macro unnest_list(list) -%}
    {{ return(adapter.dispatch('unnest_list', 'sessionlens')(list)) }}
{%- endmacro %}

{% macro duckdb__unnest_list(list) -%}
    unnest({{ list }})
{%- endmacro %}

{% macro spark__unnest_list(list) -%}
    explode({{ list }})
{%- endmacro %}

{#- Whether the list `list` holds `value`; null when `list` is null. -#}
{% macro list_has(list, value) -%}
    {{ return(adapter.dispatch('list_has', 'sessionlens')(list, value)) }}
{%- endmacro %}

{% macro duckdb__list_has(list, value) -%}
    list_contains({{ list }}, {{ value }})
{%- endmacro %}

{% macro spark__list_has(list, value) -%}
    array_contains({{ list }}, {{ value }})
{%- endmacro %}

{#- The number of elements of the list `list` as a bigint; null when `list` is null. -#}
{% macro list_size(list) -%}
    {{ return(adapter.dispatch('list_size', 'sessionlens')(list)) }}
{%- endmacro %}

{% macro duckdb__list_size(list) -%}
    array_length({{ list }})
{%- endmacro %}

{#- `size()` would give -1 for a null list; `array_size` counts in an int. -#}
{% macro spark__list_size(list) -%}
    cast(array_size({{ list }}) as bigint)
{%- endmacro %}

{#- `timestamp` as text, `YYYY-MM-DD HH:MM:SS.ffffff` on every engine: hashed into ids
    that must agree between engines (a plain cast trims the fraction differently). -#}
{% macro timestamp_text(timestamp) -%}
    {{ return(adapter.dispatch('timestamp_text', 'sessionlens')(timestamp)) }}
{%- endmacro %}

{% macro duckdb__timestamp_text(timestamp) -%}
    strftime({{ timestamp }}, '%Y-%m-%d %H:%M:%S.%f')
{%- endmacro %}

{% macro spark__timestamp_text(timestamp) -%}
    date_format({{ timestamp }}, 'yyyy-MM-dd HH:mm:ss.SSSSSS')
{%- endmacro %}

{#- The current time as a UTC timestamp without time zone. -#}
{% macro utc_now() -%}
    {{ return(adapter.dispatch('utc_now', 'sessionlens')()) }}
{%- endmacro %}

{% macro duckdb__utc_now() -%}
    current_timestamp at time zone 'UTC'
{%- endmacro %}

{#- The Spark profile runs its sessions in UTC (`spark.sql.session.timeZone`). -#}
{% macro spark__utc_now() -%}
    current_timestamp()
{%- endmacro %}
