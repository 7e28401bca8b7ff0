{#
    Use a model's custom schema as-is (`marts`, not `main_marts`): the publish step
    copies every table of schema `marts` into the snapshot.
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
